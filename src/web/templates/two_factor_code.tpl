{{%AUTOESCAPE context="HTML"}}<h1>{{HEADING}}</h1>
<p>{{INTRO}}</p>
{{#FORM_ERROR}}<div class="error-summary" role="alert"><p>{{TEXT}}</p></div>{{/FORM_ERROR}}
<form class="portal" action="/aanmelden/code?lang={{LANG}}" method="post" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><label for="code">{{CODE_LABEL}}</label>
<span id="code-hint" class="hint">{{CODE_HINT}}</span>
<input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="7" dir="ltr" aria-describedby="code-hint{{#CODE_ERROR}} code-error{{/CODE_ERROR}}"{{#CODE_ERROR}} aria-invalid="true"{{/CODE_ERROR}}>
{{#CODE_ERROR}}<span id="code-error" class="field-error">{{TEXT}}</span>{{/CODE_ERROR}}</p>
<p><button type="submit">{{BUTTON}}</button></p>
</form>
<p>{{LOST_PHONE}}</p>
<form class="inline" action="/afmelden" method="post">
<input type="hidden" name="csrf" value="{{CSRF}}">
<button type="submit" class="secondary">{{CANCEL}}</button>
</form>

{{%AUTOESCAPE context="HTML"}}<h1>{{HEADING}}</h1>
{{#FORM_ERROR}}<div class="error-summary" role="alert"><p>{{TEXT}}</p></div>{{/FORM_ERROR}}
{{#FORM}}<p>{{INTRO}}</p>
<form class="portal" action="/wachtwoord-kiezen?lang={{LANG}}" method="post" novalidate>
<input type="hidden" name="code" value="{{CODE}}">
<p><label for="password">{{PASSWORD_LABEL}}</label>
<span id="password-hint" class="hint">{{PASSWORD_HINT}}</span>
<input id="password" name="password" type="password" autocomplete="new-password" maxlength="1024" aria-describedby="password-hint{{#PASSWORD_ERROR}} password-error{{/PASSWORD_ERROR}}"{{#PASSWORD_ERROR}} aria-invalid="true"{{/PASSWORD_ERROR}}>
{{#PASSWORD_ERROR}}<span id="password-error" class="field-error">{{TEXT}}</span>{{/PASSWORD_ERROR}}</p>
<p><label for="repeat">{{REPEAT_LABEL}}</label>
<input id="repeat" name="repeat" type="password" autocomplete="new-password" maxlength="1024"{{#REPEAT_ERROR}} aria-invalid="true" aria-describedby="repeat-error"{{/REPEAT_ERROR}}>
{{#REPEAT_ERROR}}<span id="repeat-error" class="field-error">{{TEXT}}</span>{{/REPEAT_ERROR}}</p>
<p><button type="submit">{{BUTTON}}</button></p>
</form>{{/FORM}}

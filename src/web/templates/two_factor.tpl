{{%AUTOESCAPE context="HTML"}}{{#BACK}}<p><a href="{{URL}}">{{LABEL}}</a></p>{{/BACK}}
<h1>{{HEADING}}</h1>
{{#NOTICE}}<p class="notice" role="status">{{TEXT}}</p>{{/NOTICE}}
{{#REQUIRED}}<p>{{TEXT}}</p>{{/REQUIRED}}
{{#FORM_ERROR}}<div class="error-summary" role="alert"><p>{{TEXT}}</p></div>{{/FORM_ERROR}}
{{#SETUP}}<p>{{INTRO}}</p>
<ol>
<li><p>{{STEP_APP}}</p></li>
<li><p>{{STEP_SCAN}}</p>
<div class="qr">{{QR_SVG:none}}</div>
<p>{{TYPE_INSTEAD}}</p>
<p><code id="secret" dir="ltr">{{SECRET}}</code></p></li>
<li><p>{{STEP_CODE}}</p></li>
</ol>
<form class="portal" action="/portaal/tweestapsverificatie?lang={{LANG}}" method="post" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><label for="code">{{CODE_LABEL}}</label>
<span id="code-hint" class="hint">{{CODE_HINT}}</span>
<input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="7" dir="ltr" aria-describedby="code-hint{{#CODE_ERROR}} code-error{{/CODE_ERROR}}"{{#CODE_ERROR}} aria-invalid="true"{{/CODE_ERROR}}>
{{#CODE_ERROR}}<span id="code-error" class="field-error">{{TEXT}}</span>{{/CODE_ERROR}}</p>
<p><button type="submit">{{BUTTON}}</button></p>
</form>{{/SETUP}}
{{#ON}}<p>{{TEXT}}</p>
{{#MUST_KEEP}}<p>{{TEXT}}</p>{{/MUST_KEEP}}
{{#OFF_FORM}}<h2>{{OFF_HEADING}}</h2>
<p>{{OFF_INTRO}}</p>
<form class="portal" action="/portaal/tweestapsverificatie/uit?lang={{LANG}}" method="post" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><label for="code">{{CODE_LABEL}}</label>
<span id="code-hint" class="hint">{{CODE_HINT}}</span>
<input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="7" dir="ltr" aria-describedby="code-hint{{#CODE_ERROR}} code-error{{/CODE_ERROR}}"{{#CODE_ERROR}} aria-invalid="true"{{/CODE_ERROR}}>
{{#CODE_ERROR}}<span id="code-error" class="field-error">{{TEXT}}</span>{{/CODE_ERROR}}</p>
<p><button type="submit" class="secondary">{{BUTTON}}</button></p>
</form>{{/OFF_FORM}}{{/ON}}
{{#SIGN_OUT}}<form class="inline" action="/afmelden" method="post">
<input type="hidden" name="csrf" value="{{CSRF}}">
<button type="submit" class="secondary">{{LABEL}}</button>
</form>{{/SIGN_OUT}}

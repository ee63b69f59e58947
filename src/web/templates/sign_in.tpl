{{%AUTOESCAPE context="HTML"}}<h1>{{HEADING}}</h1>
<p>{{INTRO}}</p>
{{#FORM_ERROR}}<div class="error-summary" role="alert"><p>{{TEXT}}</p></div>{{/FORM_ERROR}}
<form class="portal" action="/aanmelden?lang={{LANG}}" method="post" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><label for="email">{{EMAIL_LABEL}}</label>
<input id="email" name="email" type="email" autocomplete="username" maxlength="254" value="{{EMAIL}}"{{#EMAIL_ERROR}} aria-invalid="true" aria-describedby="email-error"{{/EMAIL_ERROR}}>
{{#EMAIL_ERROR}}<span id="email-error" class="field-error">{{TEXT}}</span>{{/EMAIL_ERROR}}</p>
<p><label for="password">{{PASSWORD_LABEL}}</label>
<input id="password" name="password" type="password" autocomplete="current-password" maxlength="1024"{{#PASSWORD_ERROR}} aria-invalid="true" aria-describedby="password-error"{{/PASSWORD_ERROR}}>
{{#PASSWORD_ERROR}}<span id="password-error" class="field-error">{{TEXT}}</span>{{/PASSWORD_ERROR}}</p>
<p><button type="submit">{{BUTTON}}</button></p>
</form>
<p><a href="{{FORGOT_URL}}">{{FORGOT_LABEL}}</a></p>
<p>{{FAMILIES_NOTE}} <a href="{{FINDER_URL}}">{{FINDER_LABEL}}</a></p>

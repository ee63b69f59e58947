{{%AUTOESCAPE context="HTML"}}<h1>{{HEADING}}</h1>
{{#FORM_ERROR}}<div class="error-summary" role="alert"><p>{{TEXT}}</p></div>{{/FORM_ERROR}}
{{#SENT}}<p class="notice" role="status">{{TEXT}}</p>{{/SENT}}
{{#FORM}}<p>{{INTRO}}</p>
<form class="portal" action="/wachtwoord-vergeten?lang={{LANG}}" method="post" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><label for="email">{{EMAIL_LABEL}}</label>
<input id="email" name="email" type="email" autocomplete="username" maxlength="254" value="{{EMAIL}}"{{#EMAIL_ERROR}} aria-invalid="true" aria-describedby="email-error"{{/EMAIL_ERROR}}>
{{#EMAIL_ERROR}}<span id="email-error" class="field-error">{{TEXT}}</span>{{/EMAIL_ERROR}}</p>
<p><button type="submit">{{BUTTON}}</button></p>
</form>{{/FORM}}
<p><a href="{{BACK_URL}}">{{BACK_LABEL}}</a></p>

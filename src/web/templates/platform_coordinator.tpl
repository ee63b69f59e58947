{{%AUTOESCAPE context="HTML"}}<p><a href="{{BACK_URL}}">{{BACK_LABEL}}</a></p>
<h1>{{HEADING_START}}: <span lang="nl" dir="auto">{{NETWORK}}</span></h1>
<p>{{INTRO}}</p>
{{#FORM_ERROR}}<div class="error-summary" role="alert"><p>{{TEXT}}</p></div>{{/FORM_ERROR}}
<form class="portal" action="{{ACTION}}" method="post" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><label for="email">{{EMAIL_LABEL}}</label>
{{#EMAIL_ERROR}}<span id="email-error" class="field-error">{{TEXT}}</span>{{/EMAIL_ERROR}}
<input id="email" name="email" type="email" autocomplete="off" maxlength="254" value="{{EMAIL}}"{{#EMAIL_ERROR}} aria-invalid="true" aria-describedby="email-error"{{/EMAIL_ERROR}}></p>
<p><label for="name">{{NAME_LABEL}}</label>
<input id="name" name="name" autocomplete="off" maxlength="200" value="{{NAME}}" dir="auto"></p>
<p><button type="submit">{{BUTTON}}</button></p>
</form>

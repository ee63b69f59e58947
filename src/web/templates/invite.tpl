{{%AUTOESCAPE context="HTML"}}<p><a href="{{BACK_URL}}">{{BACK_LABEL}}</a></p>
<h1>{{HEADING}}</h1>
<p>{{INTRO}}</p>
{{#FORM_ERROR}}<div class="error-summary" role="alert"><p>{{TEXT}}</p></div>{{/FORM_ERROR}}
<form class="portal" action="{{ACTION}}" method="post" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><label for="email">{{EMAIL_LABEL}}</label>
<input id="email" name="email" type="email" autocomplete="off" maxlength="254" value="{{EMAIL}}"{{#EMAIL_ERROR}} aria-invalid="true" aria-describedby="email-error"{{/EMAIL_ERROR}}>
{{#EMAIL_ERROR}}<span id="email-error" class="field-error">{{TEXT}}</span>{{/EMAIL_ERROR}}</p>
<p><label for="name">{{NAME_LABEL}}</label>
<input id="name" name="name" autocomplete="off" maxlength="200" value="{{NAME}}"></p>
<fieldset>
<legend>{{ROLE_LEGEND}}</legend>
{{#ROLE}}<p class="check"><input id="role-{{CODE}}" name="role" type="radio" value="{{CODE}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="role-{{CODE}}">{{LABEL}}</label></p>{{/ROLE}}
</fieldset>
<p><button type="submit">{{BUTTON}}</button></p>
</form>

{{%AUTOESCAPE context="HTML"}}<p><a href="{{BACK_URL}}">{{BACK_LABEL}}</a></p>
<h1>{{HEADING}}</h1>
<p>{{INTRO}}</p>
{{#SAVED}}<p class="notice" role="status">{{TEXT}}</p>{{/SAVED}}
{{#FORM_ERROR}}<div class="error-summary" role="alert"><p>{{TEXT}}</p></div>{{/FORM_ERROR}}
<form class="portal" action="{{ACTION}}" method="post" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><label for="days">{{DAYS_LABEL}}</label>
<span id="days-hint" class="hint">{{DAYS_HINT}}</span>
<input id="days" name="days" type="text" inputmode="numeric" value="{{DAYS}}" aria-describedby="days-hint{{#DAYS_ERROR}} days-error{{/DAYS_ERROR}}"{{#DAYS_ERROR}} aria-invalid="true"{{/DAYS_ERROR}}>
{{#DAYS_ERROR}}<span id="days-error" class="field-error">{{TEXT}}</span>{{/DAYS_ERROR}}</p>
<p><button type="submit">{{BUTTON}}</button></p>
</form>

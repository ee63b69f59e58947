{{%AUTOESCAPE context="HTML"}}<p><a href="{{BACK_URL}}">{{BACK_LABEL}}</a></p>
<h1>{{HEADING}}</h1>
<p class="lead"><span lang="nl" dir="auto">{{NAME}}</span></p>
<dl class="facts">{{#FACT}}<div><dt>{{LABEL}}</dt><dd{{#DUTCH}} lang="nl" dir="auto"{{/DUTCH}}>{{VALUE}}</dd></div>{{/FACT}}</dl>
{{#SERIES}}<p>{{INTRO}}</p><ul class="series-dates">{{#DATE}}<li>{{TEXT}}</li>{{/DATE}}</ul>{{/SERIES}}
{{#FULL}}<p class="notice">{{TEXT}}</p>{{/FULL}}
{{#FORM_ERROR}}<div class="error-summary" role="alert" tabindex="-1" id="form-error"><p>{{TEXT}}</p>{{#SESSION_ERROR}}<p>{{TEXT}}</p>{{/SESSION_ERROR}}</div>{{/FORM_ERROR}}
<form class="portal" action="{{ACTION}}" method="post" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="request" value="{{REQUEST}}">
<fieldset class="group"><legend>{{PARENT_LEGEND}}</legend>
{{>PARENT}}
</fieldset>
<fieldset class="group" id="child"{{#CHILD_ERROR}} aria-describedby="child-error"{{/CHILD_ERROR}}><legend>{{CHILD_LEGEND}}</legend>
<span id="child-hint" class="hint">{{CHILD_HINT}}</span>
{{#CHILD_ERROR}}<span id="child-error" class="field-error">{{TEXT}}</span>{{/CHILD_ERROR}}
{{#CHILD}}<p><label for="child-{{N}}">{{LABEL}}</label>
<input id="child-{{N}}" name="child" type="text" value="{{VALUE}}" maxlength="20" aria-describedby="child-hint{{#INVALID}} child-error{{/INVALID}}"{{#INVALID}} aria-invalid="true"{{/INVALID}}></p>
{{/CHILD}}</fieldset>
<fieldset class="group"><legend>{{MORE_LEGEND}}</legend>
{{>MORE}}
</fieldset>
<fieldset class="group" id="consent-group"><legend>{{CONSENT_LEGEND}}</legend>
<p>{{CONSENT_TEXT}}</p>
<ul>{{#STORED}}<li>{{TEXT}}</li>{{/STORED}}</ul>
{{#CONSENT_ERROR}}<span id="consent-error" class="field-error">{{TEXT}}</span>{{/CONSENT_ERROR}}
<p class="check"><input id="consent" name="consent" type="checkbox" value="yes"{{#CONSENT_CHECKED}} checked{{/CONSENT_CHECKED}}{{#CONSENT_ERROR}} aria-invalid="true" aria-describedby="consent-error"{{/CONSENT_ERROR}}> <label for="consent">{{CONSENT_LABEL}}</label></p>
</fieldset>
<p><button type="submit">{{BUTTON}}</button></p>
</form>

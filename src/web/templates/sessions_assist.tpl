{{%AUTOESCAPE context="HTML"}}<p><a href="{{BACK_URL}}">{{BACK_LABEL}}</a></p>
<h1>{{HEADING}}</h1>
<p class="lead"><span lang="nl" dir="auto">{{OFFER}}</span><br>{{WHEN}}</p>
<p>{{INTRO}}</p>
{{#CLOSED}}<p id="session" class="notice" role="status">{{TEXT}}</p>{{/CLOSED}}
{{#FORM_ERROR}}<div class="error-summary" role="alert"><p>{{TEXT}}</p>
<ul>{{#ITEM}}<li><a href="#{{ID}}">{{TEXT}}</a></li>{{/ITEM}}</ul></div>{{/FORM_ERROR}}
<form class="portal" action="{{ACTION}}" method="post" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="request" value="{{REQUEST}}">
<fieldset class="group"><legend>{{FAMILY_LEGEND}}</legend>{{>FAMILY}}</fieldset>
<fieldset class="group" aria-describedby="children-hint{{#CHILD_ERROR}} children-error{{/CHILD_ERROR}}"><legend>{{CHILDREN_LEGEND}}</legend>
<span id="children-hint" class="hint">{{CHILDREN_HINT}}</span>
{{#CHILD_ERROR}}<span id="children-error" class="field-error">{{TEXT}}</span>{{/CHILD_ERROR}}
{{#CHILD}}<p><label for="{{ID}}">{{LABEL}}</label>
<input id="{{ID}}" name="child" type="text" value="{{VALUE}}"{{#INVALID}} aria-invalid="true"{{/INVALID}}></p>{{/CHILD}}
</fieldset>
<fieldset class="group"><legend>{{MORE_LEGEND}}</legend>{{>MORE}}</fieldset>
<p>{{CONSENT_TEXT}}</p>
{{>CONSENT}}
{{#CONSENT_ERROR}}<p id="consent-error" class="field-error">{{TEXT}}</p>{{/CONSENT_ERROR}}
<p><button type="submit">{{BUTTON}}</button></p>
</form>

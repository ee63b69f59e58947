{{%AUTOESCAPE context="HTML"}}<p><a href="{{BACK_URL}}" lang="nl" dir="auto">{{BACK_LABEL}}</a></p>
<h1>{{HEADING}}</h1>
<p>{{INTRO}}</p>
<ol class="hint-list">{{#STEP}}<li>{{TEXT}}</li>{{/STEP}}</ol>
{{#FORM_ERROR}}<div class="error-summary" role="alert"><p>{{TEXT}}</p></div>{{/FORM_ERROR}}
<form class="portal" action="{{ACTION}}" method="post" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
{{#FIELD}}<p><label for="{{NAME}}">{{LABEL}}</label>
<input id="{{NAME}}" name="{{NAME}}" type="{{TYPE}}" autocomplete="{{AUTOCOMPLETE}}" maxlength="{{MAXLENGTH}}" value="{{VALUE}}"{{#ERROR}} aria-invalid="true" aria-describedby="{{NAME}}-error"{{/ERROR}}>
{{#ERROR}}<span id="{{NAME}}-error" class="field-error">{{TEXT}}</span>{{/ERROR}}</p>
{{/FIELD}}<p><label for="partner_type">{{TYPE_LABEL}}</label>
<select id="partner_type" name="partner_type"{{#TYPE_ERROR}} aria-invalid="true" aria-describedby="partner_type-error"{{/TYPE_ERROR}}>
<option value="">{{TYPE_CHOOSE}}</option>
{{#TYPE_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/TYPE_OPTION}}</select>
{{#TYPE_ERROR}}<span id="partner_type-error" class="field-error">{{TEXT}}</span>{{/TYPE_ERROR}}</p>
{{#CHOICES}}<fieldset id="{{NAME}}"{{#ERROR}} aria-describedby="{{NAME}}-error"{{/ERROR}}>
<legend>{{LEGEND}}</legend>
{{#ERROR}}<span id="{{NAME}}-error" class="field-error">{{TEXT}}</span>{{/ERROR}}
{{#OPTION}}<p class="check"><input id="{{NAME}}-{{CODE}}" name="{{NAME}}" type="checkbox" value="{{CODE}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="{{NAME}}-{{CODE}}"{{#DUTCH}} lang="nl" dir="auto"{{/DUTCH}}>{{LABEL}}</label></p>
{{/OPTION}}</fieldset>
{{/CHOICES}}<p><label for="motivation">{{MOTIVATION_LABEL}}</label>
<span id="motivation-hint" class="hint">{{MOTIVATION_HINT}}</span>
{{#MOTIVATION_ERROR}}<span id="motivation-error" class="field-error">{{TEXT}}</span>{{/MOTIVATION_ERROR}}
<textarea id="motivation" name="motivation" rows="8" cols="60" maxlength="4000" aria-describedby="motivation-hint{{#MOTIVATION_ERROR}} motivation-error{{/MOTIVATION_ERROR}}"{{#MOTIVATION_ERROR}} aria-invalid="true"{{/MOTIVATION_ERROR}}>{{MOTIVATION:pre_escape}}</textarea></p>
<p><button type="submit">{{BUTTON}}</button></p>
</form>

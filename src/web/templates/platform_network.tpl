{{%AUTOESCAPE context="HTML"}}<p><a href="{{BACK_URL}}">{{BACK_LABEL}}</a></p>
<h1>{{HEADING}}</h1>
<p>{{INTRO}}</p>
{{#FORM_ERROR}}<div class="error-summary" role="alert"><p>{{TEXT}}</p></div>{{/FORM_ERROR}}
{{#ERRORS}}<div class="error-summary" role="alert"><p>{{INTRO}}</p>
<ul>{{#ITEM}}<li><a href="#{{ID}}">{{TEXT}}</a></li>{{/ITEM}}</ul></div>{{/ERRORS}}
<form class="portal" action="{{ACTION}}" method="post" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
{{#FIELD}}<p><label for="{{ID}}">{{LABEL}}</label>
{{#HINT}}<span id="{{ID}}-hint" class="hint">{{TEXT}}</span>{{/HINT}}
{{#ERROR}}<span id="{{ID}}-error" class="field-error">{{TEXT}}</span>{{/ERROR}}
{{#LINE}}<input id="{{ID}}" name="{{ID}}" type="{{TYPE}}" maxlength="{{MAX}}" autocomplete="{{AUTOCOMPLETE}}" value="{{VALUE}}"{{#DUTCH}} lang="nl" dir="auto"{{/DUTCH}}{{#DESCRIBED}} aria-describedby="{{IDS}}"{{/DESCRIBED}}{{#INVALID}} aria-invalid="true"{{/INVALID}}>{{/LINE}}
{{#AREA}}<textarea id="{{ID}}" name="{{ID}}" rows="5" cols="60" maxlength="{{MAX}}"{{#DUTCH}} lang="nl" dir="auto"{{/DUTCH}}{{#DESCRIBED}} aria-describedby="{{IDS}}"{{/DESCRIBED}}{{#INVALID}} aria-invalid="true"{{/INVALID}}>{{VALUE:pre_escape}}</textarea>{{/AREA}}</p>
{{/FIELD}}
<fieldset id="municipalities" aria-describedby="municipalities-hint{{#MUNICIPALITIES_ERROR}} municipalities-error{{/MUNICIPALITIES_ERROR}}">
<legend>{{MUNICIPALITIES_LEGEND}}</legend>
<span id="municipalities-hint" class="hint">{{MUNICIPALITIES_HINT}}</span>
{{#MUNICIPALITIES_ERROR}}<span id="municipalities-error" class="field-error">{{TEXT}}</span>{{/MUNICIPALITIES_ERROR}}
{{#NO_MUNICIPALITIES}}<p>{{TEXT}}</p>{{/NO_MUNICIPALITIES}}
{{#MUNICIPALITY}}<p class="check"><input id="m-{{NIS}}" name="municipality" type="checkbox" value="{{NIS}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="m-{{NIS}}"><span lang="nl" dir="auto">{{NAME}}</span> ({{NIS}})</label></p>
{{/MUNICIPALITY}}</fieldset>
<fieldset>
<legend>{{NEW_LEGEND}}</legend>
<span class="hint">{{NEW_HINT}}</span>
{{#NEW}}<fieldset>
<legend>{{LEGEND}}</legend>
{{#FIELD}}<p><label for="{{ID}}">{{LABEL}}</label>
{{#HINT}}<span id="{{ID}}-hint" class="hint">{{TEXT}}</span>{{/HINT}}
{{#ERROR}}<span id="{{ID}}-error" class="field-error">{{TEXT}}</span>{{/ERROR}}
{{#LINE}}<input id="{{ID}}" name="{{ID}}" type="{{TYPE}}" maxlength="{{MAX}}" autocomplete="{{AUTOCOMPLETE}}" value="{{VALUE}}"{{#DUTCH}} lang="nl" dir="auto"{{/DUTCH}}{{#DESCRIBED}} aria-describedby="{{IDS}}"{{/DESCRIBED}}{{#INVALID}} aria-invalid="true"{{/INVALID}}>{{/LINE}}</p>
{{/FIELD}}</fieldset>
{{/NEW}}</fieldset>
<p><button type="submit">{{BUTTON}}</button></p>
</form>

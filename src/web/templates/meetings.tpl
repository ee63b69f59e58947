{{%AUTOESCAPE context="HTML"}}<p><a href="{{BACK_URL}}" lang="nl" dir="auto">{{BACK_LABEL}}</a></p>
<h1>{{HEADING}}</h1>
<p>{{INTRO}}</p>
<p><a href="{{APPLICATIONS_URL}}">{{APPLICATIONS_LABEL}}</a></p>
{{#SAVED}}<p class="notice" role="status">{{TEXT}}</p>{{/SAVED}}
{{#NONE}}<p>{{TEXT}}</p>{{/NONE}}
{{#TABLE}}<table class="list">
<caption class="visually-hidden">{{HEADING}}</caption>
<thead><tr><th scope="col">{{DATE_COLUMN}}</th><th scope="col">{{PLACE_COLUMN}}</th><th scope="col">{{AGENDA_COLUMN}}</th></tr></thead>
<tbody>{{#MEETING}}
<tr><td><a href="{{URL}}">{{DATE}}</a></td><td lang="nl" dir="auto">{{PLACE}}</td><td>{{AGENDA}}</td></tr>{{/MEETING}}
</tbody>
</table>{{/TABLE}}
<h2 id="plan">{{PLAN_HEADING}}</h2>
{{#FORM_ERROR}}<div class="error-summary" role="alert"><p>{{TEXT}}</p></div>{{/FORM_ERROR}}
<form class="portal" action="{{ACTION}}" method="post" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
{{#FIELD}}<p><label for="{{NAME}}">{{LABEL}}</label>
<input id="{{NAME}}" name="{{NAME}}" type="{{TYPE}}" maxlength="{{MAXLENGTH}}" value="{{VALUE}}"{{#ERROR}} aria-invalid="true" aria-describedby="{{NAME}}-error"{{/ERROR}}>
{{#ERROR}}<span id="{{NAME}}-error" class="field-error">{{TEXT}}</span>{{/ERROR}}</p>
{{/FIELD}}<p><label for="items">{{ITEMS_LABEL}}</label>
<span id="items-hint" class="hint">{{ITEMS_HINT}}</span>
{{#ITEMS_ERROR}}<span id="items-error" class="field-error">{{TEXT}}</span>{{/ITEMS_ERROR}}
<textarea id="items" name="items" rows="6" cols="60" lang="nl" aria-describedby="items-hint{{#ITEMS_ERROR}} items-error{{/ITEMS_ERROR}}"{{#ITEMS_ERROR}} aria-invalid="true"{{/ITEMS_ERROR}}>{{ITEMS:pre_escape}}</textarea></p>
<p><button type="submit">{{BUTTON}}</button></p>
</form>

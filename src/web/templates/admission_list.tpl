{{%AUTOESCAPE context="HTML"}}<p><a href="{{BACK_URL}}" lang="nl" dir="auto">{{BACK_LABEL}}</a></p>
<h1>{{HEADING}}</h1>
<p>{{INTRO}}</p>
<p><a href="{{MEETINGS_URL}}">{{MEETINGS_LABEL}}</a> · <a href="{{FORM_URL}}">{{FORM_LABEL}}</a></p>
{{#NONE}}<p>{{TEXT}}</p>{{/NONE}}
{{#TABLE}}<table class="list">
<caption class="visually-hidden">{{HEADING}}</caption>
<thead><tr><th scope="col">{{NAME_COLUMN}}</th><th scope="col">{{DATE_COLUMN}}</th><th scope="col">{{STATUS_COLUMN}}</th><th scope="col">{{MEETING_COLUMN}}</th></tr></thead>
<tbody>{{#APPLICATION}}
<tr><td><a href="{{URL}}" lang="nl" dir="auto">{{NAME}}</a></td><td>{{DATE}}</td><td>{{STATUS}}</td><td>{{#MEETING}}<a href="{{URL}}">{{TEXT}}</a>{{/MEETING}}{{#NO_MEETING}}{{TEXT}}{{/NO_MEETING}}</td></tr>{{/APPLICATION}}
</tbody>
</table>{{/TABLE}}

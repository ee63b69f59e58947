{{%AUTOESCAPE context="HTML"}}<p><a href="{{BACK_URL}}" lang="nl" dir="auto">{{BACK_LABEL}}</a></p>
<h1>{{HEADING}}</h1>
<p>{{INTRO}}</p>
{{#NEW_PLACE}}<p><a href="{{URL}}">{{LABEL}}</a></p>{{/NEW_PLACE}}
{{#NO_PLACES}}<p>{{TEXT}}</p>{{/NO_PLACES}}
<table class="list">
<caption class="visually-hidden">{{HEADING}}</caption>
<thead><tr><th scope="col">{{NAME_COLUMN}}</th><th scope="col">{{KIND_COLUMN}}</th><th scope="col">{{ADDRESS_COLUMN}}</th><th scope="col">{{PUBLIC_COLUMN}}</th></tr></thead>
<tbody>{{#PLACE}}
<tr><td lang="nl" dir="auto">{{#EDIT}}<a href="{{URL}}">{{NAME}}</a>{{/EDIT}}{{#PLAIN}}{{NAME}}{{/PLAIN}}</td><td>{{KIND}}</td><td lang="nl" dir="auto">{{ADDRESS}}</td><td><a href="{{PUBLIC_URL}}">{{PUBLIC_LABEL}}<span class="visually-hidden" lang="nl" dir="auto">: {{NAME}}</span></a></td></tr>{{/PLACE}}
</tbody>
</table>

{{%AUTOESCAPE context="HTML"}}<p><a href="/portaal">{{BACK_LABEL}}</a></p>
<h1 lang="nl" dir="auto">{{NAME}}</h1>
<p>{{TYPE}}</p>
<ul>{{#TASK}}<li><a href="{{URL}}">{{LABEL}}</a></li>{{/TASK}}</ul>
<h2>{{OFFERS_HEADING}}</h2>
{{#NEW_OFFER}}<p><a href="{{URL}}">{{LABEL}}</a></p>{{/NEW_OFFER}}
{{#DRAFTS}}<h3>{{HEADING}}</h3>
<ul>{{#DRAFT}}<li><a href="{{URL}}" lang="nl" dir="auto">{{NAME}}</a> — {{STATE}}</li>{{/DRAFT}}</ul>{{/DRAFTS}}
{{#NO_OFFERS}}<p>{{TEXT}}</p>{{/NO_OFFERS}}
<table class="list">
<caption class="visually-hidden">{{OFFERS_HEADING}}</caption>
<thead><tr><th scope="col">{{OFFER_COLUMN}}</th><th scope="col">{{STATUS_COLUMN}}</th><th scope="col">{{CHANGED_COLUMN}}</th><th scope="col">{{PUBLIC_COLUMN}}</th></tr></thead>
<tbody>{{#OFFER}}
<tr><td lang="nl" dir="auto"><a href="{{URL}}">{{NAME}}</a></td><td>{{STATUS}}</td><td>{{CHANGED}}</td><td><a href="{{PUBLIC_URL}}">{{PUBLIC_LABEL}}<span class="visually-hidden" lang="nl" dir="auto">: {{NAME}}</span></a></td></tr>{{/OFFER}}
</tbody>
</table>
<h2>{{PLACES_HEADING}}</h2>
{{#NO_PLACES}}<p>{{TEXT}}</p>{{/NO_PLACES}}
<ul>{{#PLACE}}<li lang="nl" dir="auto"><a href="{{URL}}">{{NAME}}</a></li>{{/PLACE}}</ul>

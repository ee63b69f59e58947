{{%AUTOESCAPE context="HTML"}}<p><a href="/portaal">{{BACK_LABEL}}</a></p>
<h1 lang="nl" dir="auto">{{NAME}}</h1>
<p>{{SUMMARY}}</p>
<ul class="tasks">{{#MANAGE}}<li><a href="{{URL}}">{{LABEL}}</a></li>{{/MANAGE}}</ul>
<h2>{{PARTNERS_HEADING}}</h2>
<table class="list">
<caption class="visually-hidden">{{PARTNERS_HEADING}}</caption>
<thead><tr><th scope="col">{{PARTNER_COLUMN}}</th><th scope="col">{{TYPE_COLUMN}}</th><th scope="col">{{OFFERS_COLUMN}}</th></tr></thead>
<tbody>{{#PARTNER}}
<tr><td lang="nl" dir="auto">{{#LINK}}<a href="{{URL}}">{{NAME}}</a>{{/LINK}}{{#PLAIN}}{{NAME}}{{/PLAIN}}</td><td>{{TYPE}}</td><td>{{OFFERS}}</td></tr>{{/PARTNER}}
</tbody>
</table>

{{%AUTOESCAPE context="HTML"}}<p><a href="/portaal">{{BACK_LABEL}}</a></p>
<h1 lang="nl" dir="auto">{{NAME}}</h1>
<p>{{SUMMARY}}</p>
<ul class="tasks">{{#MANAGE}}<li><a href="{{URL}}">{{LABEL}}</a></li>{{/MANAGE}}</ul>
<h2>{{PARTNERS_HEADING}}</h2>
{{#SAVED}}<p class="notice" role="status">{{TEXT}}</p>{{/SAVED}}
<table class="list">
<caption class="visually-hidden">{{PARTNERS_HEADING}}</caption>
<thead><tr><th scope="col">{{PARTNER_COLUMN}}</th><th scope="col">{{TYPE_COLUMN}}</th><th scope="col">{{OFFERS_COLUMN}}</th><th scope="col">{{TIER_COLUMN}}</th></tr></thead>
<tbody>{{#PARTNER}}
<tr><td lang="nl" dir="auto">{{#LINK}}<a href="{{URL}}">{{NAME}}</a>{{/LINK}}{{#PLAIN}}{{NAME}}{{/PLAIN}}</td><td>{{TYPE}}</td><td>{{OFFERS}}</td><td>{{#TIER_FORM}}<form class="inline" action="{{ACTION}}" method="post"><input type="hidden" name="csrf" value="{{CSRF}}"><label for="{{ID}}" class="visually-hidden" lang="nl" dir="auto">{{LABEL}}</label><select id="{{ID}}" name="tier">{{#OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/OPTION}}</select> <button type="submit" class="secondary">{{BUTTON}}<span class="visually-hidden" lang="nl" dir="auto">: {{LABEL}}</span></button></form>{{/TIER_FORM}}{{#TIER_TEXT}}{{TIER}}{{/TIER_TEXT}}</td></tr>{{/PARTNER}}
</tbody>
</table>

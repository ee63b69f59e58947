{{%AUTOESCAPE context="HTML"}}<p><a href="{{BACK_URL}}" lang="nl" dir="auto">{{BACK_LABEL}}</a></p>
<h1>{{HEADING}}</h1>
<p class="lead" lang="nl" dir="auto">{{OFFER}}</p>
{{#NOTICE}}<p class="notice" role="status">{{TEXT}}</p>{{/NOTICE}}
{{#FORM_ERROR}}<div class="error-summary" role="alert"><p>{{TEXT}}</p>
<ul>{{#ITEM}}<li><a href="#{{ID}}">{{TEXT}}</a></li>{{/ITEM}}</ul></div>{{/FORM_ERROR}}
<h2>{{LIST_HEADING}}</h2>
{{#NONE}}<p>{{TEXT}}</p>{{/NONE}}
{{#SESSIONS}}<div class="table-scroll" tabindex="0" role="region" aria-label="{{CAPTION}}"><table class="list">
<caption class="visually-hidden">{{CAPTION}}</caption>
<thead><tr>{{#COLUMN}}<th scope="col">{{LABEL}}</th>{{/COLUMN}}</tr></thead>
<tbody>{{#ROW}}
<tr><td>{{#LINK}}<a href="{{URL}}">{{TEXT}}</a>{{/LINK}}{{#PLAIN}}{{TEXT}}{{/PLAIN}}</td><td lang="nl" dir="auto">{{PLACE}}</td><td>{{CAPACITY}}</td><td>{{TAKEN}}</td><td>{{LINE}}</td><td>{{WINDOW}}</td></tr>{{/ROW}}
</tbody>
</table></div>{{/SESSIONS}}
<p><a href="{{REACH_URL}}">{{REACH_LABEL}}</a></p>
<h2>{{FORM_HEADING}}</h2>
<form class="portal" action="{{ACTION}}" method="post" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<fieldset class="group"><legend>{{WHEN_LEGEND}}</legend>{{>WHEN}}</fieldset>
<fieldset class="group"><legend>{{RULES_LEGEND}}</legend>{{>RULES}}</fieldset>
<fieldset class="group"><legend>{{PRICES_LEGEND}}</legend>{{>PRICES}}</fieldset>
<p><button type="submit">{{BUTTON}}</button></p>
</form>

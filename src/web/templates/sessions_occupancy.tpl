{{%AUTOESCAPE context="HTML"}}<p><a href="{{BACK_URL}}" lang="nl" dir="auto">{{BACK_LABEL}}</a></p>
<h1>{{HEADING}}</h1>
<p>{{INTRO}}</p>
{{#NONE}}<p>{{TEXT}}</p>{{/NONE}}
{{#TABLE}}<div class="table-scroll" tabindex="0" role="region" aria-label="{{CAPTION}}"><table class="list">
<caption class="visually-hidden">{{CAPTION}}</caption>
<thead><tr>{{#COLUMN}}<th scope="col">{{LABEL}}</th>{{/COLUMN}}</tr></thead>
<tbody>{{#ROW}}
<tr><td lang="nl" dir="auto">{{OFFER}}</td><td lang="nl" dir="auto">{{PARTNER}}</td><td>{{DATE}}</td><td>{{CAPACITY}}</td><td>{{TAKEN}}</td><td>{{FREE}}</td><td>{{LINE}}</td><td>{{FULL}}</td></tr>{{/ROW}}
</tbody>
</table></div>{{/TABLE}}
<p>{{WAITING}}</p>

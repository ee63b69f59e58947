{{%AUTOESCAPE context="HTML"}}<p><a href="{{BACK_URL}}">{{BACK_LABEL}}</a></p>
<h1>{{HEADING}}</h1>
<p class="lead"><span lang="nl" dir="auto">{{OFFER}}</span><br>{{WHEN}}</p>
<dl class="totals">{{#TOTAL}}<div><dt>{{LABEL}}</dt><dd>{{VALUE}}</dd></div>{{/TOTAL}}</dl>
<ul class="tasks"><li><a href="{{ATTENDANCE_URL}}">{{ATTENDANCE_LABEL}}</a></li><li><a href="{{ASSIST_URL}}">{{ASSIST_LABEL}}</a></li><li><a href="{{CSV_URL}}">{{CSV_LABEL}}</a></li></ul>
{{#NONE}}<p>{{TEXT}}</p>{{/NONE}}
{{#LIST}}<div class="table-scroll" tabindex="0" role="region" aria-label="{{HEADING}}"><table class="list">
<caption class="visually-hidden">{{HEADING}}</caption>
<thead><tr>{{#COLUMN}}<th scope="col">{{LABEL}}</th>{{/COLUMN}}</tr></thead>
<tbody>{{#ROW}}
<tr>{{#CELL}}<td dir="auto">{{TEXT}}</td>{{/CELL}}</tr>{{/ROW}}
</tbody>
</table></div>{{/LIST}}

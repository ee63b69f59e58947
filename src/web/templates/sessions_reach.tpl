{{%AUTOESCAPE context="HTML"}}<p><a href="{{BACK_URL}}" lang="nl" dir="auto">{{BACK_LABEL}}</a></p>
<h1>{{HEADING}}</h1>
<p class="lead" lang="nl" dir="auto">{{OFFER}}</p>
<p>{{INTRO}}</p>
{{#NONE}}<p>{{TEXT}}</p>{{/NONE}}
{{#FIGURES}}<div class="table-scroll" tabindex="0" role="region" aria-label="{{CAPTION}}"><table class="list">
<caption>{{CAPTION}}</caption>
<thead><tr><th scope="col">{{YEAR_COLUMN}}</th><th scope="col">{{FAMILIES_COLUMN}}*</th><th scope="col">{{CHILDREN_COLUMN}}</th><th scope="col">{{RATE_COLUMN}}</th></tr></thead>
<tbody>{{#YEAR}}
<tr><th scope="row">{{YEAR}}</th><td>{{FAMILIES}}</td><td>{{CHILDREN}}</td><td>{{RATE}}</td></tr>{{/YEAR}}
</tbody>
</table></div>{{/FIGURES}}
{{#BANDS}}<div class="table-scroll" tabindex="0" role="region" aria-label="{{CAPTION}}"><table class="list">
<caption>{{CAPTION}}</caption>
<thead><tr><th scope="col">{{AGE_COLUMN}}</th>{{#YEAR}}<th scope="col">{{YEAR}}</th>{{/YEAR}}</tr></thead>
<tbody>{{#BAND}}
<tr><th scope="row">{{LABEL}}</th>{{#CELL}}<td>{{COUNT}}</td>{{/CELL}}</tr>{{/BAND}}
</tbody>
</table></div>
<p class="hint">* {{FOOTNOTE}}</p>{{/BANDS}}

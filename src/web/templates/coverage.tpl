{{%AUTOESCAPE context="HTML"}}<p><a href="{{BACK_URL}}" lang="nl" dir="auto">{{BACK_LABEL}}</a></p>
<h1>{{HEADING}}</h1>
<p>{{INTRO}}</p>
<p>{{WHERE_NOTE}}</p>
{{#FORM_ERROR}}<div class="error-summary" role="alert"><p><a href="#gemeente">{{TEXT}}</a></p></div>{{/FORM_ERROR}}
{{#CELL_ERROR}}<div class="error-summary" role="alert"><p>{{TEXT}}</p></div>{{/CELL_ERROR}}
<form class="inline coverage-filter" action="{{ACTION}}" method="get">
<input type="hidden" name="lang" value="{{LANG}}">
<p><label for="gemeente">{{PLACE_LABEL}}</label>
{{#PLACE_ERROR}}<span id="gemeente-error" class="field-error">{{TEXT}}</span>{{/PLACE_ERROR}}
<select id="gemeente" name="gemeente"{{#PLACE_ERROR}} aria-invalid="true" aria-describedby="gemeente-error"{{/PLACE_ERROR}}>{{#PLACE}}
<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/PLACE}}
</select></p>
<p><button type="submit">{{SHOW}}</button></p>
</form>
<h2 id="matrix-heading">{{MATRIX_HEADING}}</h2>
<p><strong>{{TOTALS}}</strong></p>
<ul class="coverage-legend">
<li><span class="coverage-mark gap" aria-hidden="true">{{GAP_SYMBOL}}</span> {{GAP_LEGEND}}</li>
<li><span class="coverage-mark overlap" aria-hidden="true">{{OVERLAP_SYMBOL}}</span> {{OVERLAP_LEGEND}}</li>
</ul>
<p class="hint coverage-hint">{{SCROLL_HINT}}</p>
<div class="coverage-scroll" role="region" aria-labelledby="matrix-heading" tabindex="0">
<table class="coverage">
<caption class="visually-hidden">{{MATRIX_HEADING}}</caption>
<thead><tr><th scope="col">{{THEME_COLUMN}}</th>{{#BAND}}<th scope="col">{{LABEL}}</th>{{/BAND}}</tr></thead>
<tbody>{{#ROW}}
<tr><th scope="row">{{LABEL}}{{#PILLAR}} <span class="hint">{{WORD}}</span>{{/PILLAR}}</th>{{#CELL}}<td class="{{CLASS}}">{{#LINK}}<a href="{{URL}}">{{COUNT}}</a>{{/LINK}}{{#PLAIN}}{{COUNT}}{{/PLAIN}}{{#GAP}} <span class="coverage-mark" aria-hidden="true">{{SYMBOL}}</span><span class="visually-hidden">{{WORD}}</span>{{/GAP}}{{#OVERLAP}} <span class="coverage-mark" aria-hidden="true">{{SYMBOL}}</span><span class="visually-hidden">{{WORD}}</span>{{/OVERLAP}}</td>{{/CELL}}</tr>{{/ROW}}
</tbody>
</table>
</div>
{{#CHOSEN}}<h2 id="aanbod">{{HEADING}}</h2>
{{#NONE}}<p>{{TEXT}}</p>{{/NONE}}{{#OFFERS}}
<table class="list">
<caption class="visually-hidden">{{CAPTION}}</caption>
<thead><tr><th scope="col">{{OFFER_COLUMN}}</th><th scope="col">{{PARTNER_COLUMN}}</th></tr></thead>
<tbody>{{#OFFER}}
<tr><td lang="nl" dir="auto"><a href="{{URL}}">{{NAME}}</a></td><td lang="nl" dir="auto">{{PARTNER}}</td></tr>{{/OFFER}}
</tbody>
</table>{{/OFFERS}}{{/CHOSEN}}
<h2>{{DOWNLOAD_HEADING}}</h2>
<ul>
<li><a href="{{CSV_URL}}">{{CSV_LABEL}}</a></li>
<li><a href="{{XLSX_URL}}">{{XLSX_LABEL}}</a></li>
</ul>
<p>{{DOWNLOAD_NOTE}}</p>

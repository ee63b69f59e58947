{{%AUTOESCAPE context="HTML"}}<p class="no-print"><a href="{{BACK_URL}}">{{BACK_LABEL}}</a></p>
<h1>{{HEADING}}</h1>
<p role="status" dir="auto">{{RESULT}}</p>
{{#SENT}}<p>{{TEXT}}</p>{{/SENT}}
{{#SLIP}}<p class="no-print">{{PRINT_HINT}}</p>
<section class="slip">
<h2 lang="nl" dir="auto">{{OFFER}}</h2>
<p>{{STATE}}</p>
<dl><dt>{{WHERE_LABEL}}</dt><dd lang="nl" dir="auto">{{WHERE}}</dd>
<dt>{{WHEN_LABEL}}</dt><dd><ul>{{#DATE}}<li>{{TEXT}}</li>{{/DATE}}</ul></dd></dl>
{{#PRICE}}<p>{{TEXT}}</p>{{/PRICE}}
<p>{{LINK_LABEL}}:<br><span class="slip-link">{{URL}}</span></p>
<div class="slip-qr">{{QR:none}}</div>
<p>{{CANCEL}}</p>
</section>{{/SLIP}}
<p class="no-print"><a href="{{ANOTHER_URL}}">{{ANOTHER_LABEL}}</a></p>

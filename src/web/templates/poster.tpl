{{%AUTOESCAPE context="HTML"}}<article class="offer poster">
<p class="print-hint no-print">{{PRINT_HINT}} <a href="{{BACK_URL}}">{{BACK_LABEL}}</a></p>
<h1 lang="nl" dir="auto">{{NAME}}</h1>
<p class="org" lang="nl" dir="auto">{{ORGANIZATION}}</p>
<p lang="nl" dir="auto">{{DESCRIPTION}}</p>
<dl class="facts">
<dt>{{FOR_WHOM_LABEL}}</dt><dd>{{AGES}}</dd>
<dt>{{COST_LABEL}}</dt><dd>{{COST}}</dd>
<dt>{{LANGUAGES_LABEL}}</dt><dd>{{LANGUAGES}}</dd>
<dt>{{REGISTRATION_LABEL}}</dt><dd>{{REGISTRATION}}</dd>
</dl>
<h2>{{WHERE_WHEN_HEADING}}</h2>
{{#PLACE}}<section class="place">
<h3 lang="nl" dir="auto">{{NAME}}</h3>
{{#ADDRESS}}<p>{{STREET}}, {{POSTCODE}} {{CITY}}</p>{{/ADDRESS}}
<ul>{{#TIME}}<li lang="nl" dir="auto">{{TEXT}}</li>{{/TIME}}</ul>
{{#DATES}}<ul class="dates">{{#SESSION}}<li>{{TEXT}}</li>{{/SESSION}}</ul>{{/DATES}}
</section>{{/PLACE}}
<h2>{{CONTACT_HEADING}}</h2>
<ul>{{#PHONE}}<li>{{NUMBER}}</li>{{/PHONE}}{{#EMAIL}}<li>{{ADDRESS}}</li>{{/EMAIL}}</ul>
<div class="qr">
<img src="{{QR_URL}}" alt="{{QR_ALT}}" width="240" height="240">
<p>{{QR_TEXT}}<br><span class="url">{{OFFER_URL}}</span></p>
</div>
</article>

{{%AUTOESCAPE context="HTML"}}<p class="org" lang="nl" dir="auto">{{ORGANIZATION}}</p>
{{#DUTCH_ONLY}}<p class="notice">{{TEXT}}</p>{{/DUTCH_ONLY}}
<p lang="nl" dir="auto">{{DESCRIPTION}}</p>
<dl class="facts">
<dt>{{FOR_WHOM_LABEL}}</dt><dd>{{AGES}}</dd>
<dt>{{COST_LABEL}}</dt><dd>{{COST}}{{#REDUCED}}<br><span lang="nl" dir="auto">{{TEXT}}</span>{{/REDUCED}}</dd>
<dt>{{LANGUAGES_LABEL}}</dt><dd>{{LANGUAGES}}</dd>
<dt>{{ACCESS_LABEL}}</dt><dd>{{ACCESS}}</dd>
<dt>{{REGISTRATION_LABEL}}</dt><dd>{{REGISTRATION}}</dd>
{{#HOW}}<dt>{{LABEL}}</dt><dd lang="nl" dir="auto">{{TEXT}}</dd>{{/HOW}}
</dl>
<h2>{{WHERE_WHEN_HEADING}}</h2>
{{#PLACE}}<section class="place">
<h3><a href="{{PLACE_URL}}" lang="nl" dir="auto">{{NAME}}</a></h3>
{{#ADDRESS}}<p>{{STREET}}, {{POSTCODE}} {{CITY}} — <a href="{{MAP_URL}}">{{MAP_LABEL}}</a></p>{{/ADDRESS}}
{{#ONLINE}}<p><a href="{{URL}}">{{LABEL}}</a></p>{{/ONLINE}}
{{#ACCESSIBILITY}}<p lang="nl" dir="auto">{{TEXT}}</p>{{/ACCESSIBILITY}}
{{#TRANSPORT}}<p lang="nl" dir="auto">{{TEXT}}</p>{{/TRANSPORT}}
<ul>{{#TIME}}<li lang="nl" dir="auto">{{TEXT}}</li>{{/TIME}}</ul>
{{#DATES}}<h4>{{NEXT_LABEL}}</h4>
{{#NONE}}<p>{{NO_DATES}}</p>{{/NONE}}<ul class="dates">{{#SESSION}}<li>{{TEXT}}</li>{{/SESSION}}</ul>
<p><a href="{{CALENDAR_URL}}" download>{{CALENDAR_LABEL}}</a></p>{{/DATES}}
</section>{{/PLACE}}
<h2>{{CONTACT_HEADING}}</h2>
<ul>{{#PHONE}}<li><a href="tel:{{TEL}}">{{NUMBER}}</a></li>{{/PHONE}}{{#EMAIL}}<li><a href="mailto:{{ADDRESS}}">{{ADDRESS}}</a></li>{{/EMAIL}}{{#WEBSITE}}<li><a href="{{URL}}">{{URL}}</a></li>{{/WEBSITE}}</ul>

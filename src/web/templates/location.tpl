{{%AUTOESCAPE context="HTML"}}<article class="place">
<h1 lang="nl" dir="auto">{{NAME}}</h1>
{{#DUTCH_ONLY}}<p class="notice">{{TEXT}}</p>{{/DUTCH_ONLY}}
{{#DESCRIPTION}}<p lang="nl" dir="auto">{{TEXT}}</p>{{/DESCRIPTION}}
<dl class="facts">
{{#KIND}}<dt>{{LABEL}}</dt><dd>{{TEXT}}</dd>{{/KIND}}
{{#ADDRESS}}<dt>{{LABEL}}</dt><dd>{{STREET}}, {{POSTCODE}} {{CITY}} — <a href="{{MAP_URL}}">{{MAP_LABEL}}</a></dd>{{/ADDRESS}}
{{#ONLINE}}<dt>{{LABEL}}</dt><dd><a href="{{URL}}">{{URL}}</a></dd>{{/ONLINE}}
{{#ACCESSIBILITY}}<dt>{{LABEL}}</dt><dd lang="nl" dir="auto">{{TEXT}}</dd>{{/ACCESSIBILITY}}
{{#TRANSPORT}}<dt>{{LABEL}}</dt><dd lang="nl" dir="auto">{{TEXT}}</dd>{{/TRANSPORT}}
{{#PHONES}}<dt>{{LABEL}}</dt>{{#PHONE}}<dd><a href="tel:{{TEL}}">{{NUMBER}}</a></dd>{{/PHONE}}{{/PHONES}}
{{#ORGANIZATION}}<dt>{{LABEL}}</dt><dd lang="nl" dir="auto">{{NAME}}</dd>{{/ORGANIZATION}}
{{#NETWORK}}<dt>{{LABEL}}</dt><dd><a href="{{URL}}" lang="nl" dir="auto">{{NAME}}</a></dd>{{/NETWORK}}
</dl>
<h2>{{WEEK_HEADING}}</h2>
{{#NO_SESSIONS}}<p>{{TEXT}}</p>{{/NO_SESSIONS}}
{{#WEEK}}<ul class="results">{{#SESSION}}
<li><time datetime="{{DATE}}">{{WHEN}}</time>: <a href="{{URL}}" lang="nl" dir="auto">{{NAME}}</a>{{#NOTES}} <span lang="nl" dir="auto">({{TEXT}})</span>{{/NOTES}}</li>{{/SESSION}}
</ul>{{/WEEK}}
<h2>{{ALSO_HEADING}}</h2>
{{#NO_OFFERS}}<p>{{TEXT}}</p>{{/NO_OFFERS}}
{{#OFFERS}}<ul class="results">{{#OFFER}}
<li>
<h3 lang="nl" dir="auto"><a href="{{URL}}">{{NAME}}</a></h3>
<ul class="facts"><li>{{AGES}}</li><li>{{COST}}</li></ul>
</li>{{/OFFER}}
</ul>{{/OFFERS}}
<p><a href="{{BACK_URL}}">{{BACK_LABEL}}</a></p>
</article>

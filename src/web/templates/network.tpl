{{%AUTOESCAPE context="HTML"}}<article class="network">
<h1 lang="nl" dir="auto">{{NAME}}</h1>
{{#DUTCH_ONLY}}<p class="notice">{{TEXT}}</p>{{/DUTCH_ONLY}}
{{#DESCRIPTION}}<p lang="nl" dir="auto">{{TEXT}}</p>{{/DESCRIPTION}}
<dl class="facts">
{{#MUNICIPALITIES}}<dt>{{LABEL}}</dt><dd lang="nl" dir="auto">{{TEXT}}</dd>{{/MUNICIPALITIES}}
{{#WEBSITE}}<dt>{{LABEL}}</dt><dd><a href="{{URL}}">{{URL}}</a></dd>{{/WEBSITE}}
{{#EMAIL}}<dt>{{LABEL}}</dt><dd><a href="mailto:{{ADDRESS}}">{{ADDRESS}}</a></dd>{{/EMAIL}}
</dl>
<h2>{{OFFERS_HEADING}}</h2>
<p>{{OFFER_COUNT}} <a href="{{SEARCH_URL}}">{{SEARCH_LABEL}}</a></p>
{{#PLACES}}<h2>{{HEADING}}</h2>
<ul class="results">{{#PLACE}}
<li><a href="{{URL}}" lang="nl" dir="auto">{{NAME}}</a><br><span class="org">{{ABOUT}}</span></li>{{/PLACE}}
</ul>{{/PLACES}}
{{#PARTNERS}}<h2>{{HEADING}}</h2>
<ul class="results">{{#PARTNER}}
<li><span lang="nl" dir="auto">{{NAME}}</span>{{#TYPE}}<br><span class="org">{{TEXT}}</span>{{/TYPE}}</li>{{/PARTNER}}
</ul>{{/PARTNERS}}
<p><a href="{{JOIN_URL}}">{{JOIN_LABEL}}</a></p>
<p><a href="{{BACK_URL}}">{{BACK_LABEL}}</a></p>
</article>

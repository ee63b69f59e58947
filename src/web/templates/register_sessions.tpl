{{%AUTOESCAPE context="HTML"}}<p><a href="{{BACK_URL}}">{{BACK_LABEL}}</a></p>
<h1>{{HEADING}}</h1>
<p class="lead"><span lang="nl" dir="auto">{{NAME}}</span></p>
{{#NONE}}<p>{{TEXT}}</p>{{/NONE}}
<ul class="session-list">{{#SESSION}}
<li class="session-item">
<h2>{{WHEN}}</h2>
{{#SERIES}}<p>{{INTRO}}</p><ul class="series-dates">{{#DATE}}<li>{{TEXT}}</li>{{/DATE}}</ul>{{/SERIES}}
<dl class="facts">{{#FACT}}<div><dt>{{LABEL}}</dt><dd{{#DUTCH}} lang="nl" dir="auto"{{/DUTCH}}>{{VALUE}}</dd></div>{{/FACT}}</dl>
{{#OPEN}}<p><a class="button" href="{{URL}}">{{LABEL}}</a></p>{{/OPEN}}
{{#CLOSED}}<p class="notice">{{TEXT}}</p>{{/CLOSED}}
</li>{{/SESSION}}
</ul>

{{%AUTOESCAPE context="HTML"}}<p><a href="{{BACK_URL}}">{{BACK_LABEL}}</a></p>
<h1 lang="nl" dir="auto">{{NAME}}</h1>
<p><strong>{{STATUS_LABEL}}:</strong> {{STATUS}}</p>
{{#PARTNER}}<p class="notice"><a href="{{URL}}">{{TEXT}}</a></p>{{/PARTNER}}
<h2>{{DETAILS_HEADING}}</h2>
<dl class="facts">{{#FACT}}
<dt>{{LABEL}}</dt><dd{{#DUTCH}} lang="nl" dir="auto"{{/DUTCH}}>{{TEXT}}</dd>{{/FACT}}
</dl>
<h2>{{MOTIVATION_HEADING}}</h2>
<p lang="nl" dir="auto">{{MOTIVATION}}</p>
<h2>{{DECISIONS_HEADING}}</h2>
{{#NO_DECISIONS}}<p>{{TEXT}}</p>{{/NO_DECISIONS}}
{{#DECISION}}<section class="decision">
<h3><a href="{{MEETING_URL}}">{{MEETING}}</a>: {{OUTCOME}}</h3>
<dl class="facts">
{{#VOTES}}<dt>{{LABEL}}</dt><dd>{{TEXT}}</dd>{{/VOTES}}
{{#REASONS}}<dt>{{LABEL}}</dt><dd lang="nl" dir="auto">{{TEXT}}</dd>{{/REASONS}}
<dt>{{RULE_LABEL}}</dt><dd lang="nl" dir="auto">{{RULE}}</dd>
</dl>
</section>{{/DECISION}}
<h2>{{HISTORY_HEADING}}</h2>
<table class="list">
<caption class="visually-hidden">{{HISTORY_HEADING}}</caption>
<thead><tr><th scope="col">{{WHEN_COLUMN}}</th><th scope="col">{{WHAT_COLUMN}}</th><th scope="col">{{WHO_COLUMN}}</th></tr></thead>
<tbody>{{#EVENT}}
<tr><td>{{WHEN}}</td><td>{{WHAT}}</td><td>{{WHO}}</td></tr>{{/EVENT}}
</tbody>
</table>

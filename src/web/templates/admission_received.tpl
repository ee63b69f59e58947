{{%AUTOESCAPE context="HTML"}}<h1>{{HEADING}}</h1>
<p role="status">{{TEXT}}</p>
<h2>{{NEXT_HEADING}}</h2>
<ol>{{#STEP}}<li>{{TEXT}}</li>{{/STEP}}</ol>
<p><a href="{{BACK_URL}}" lang="nl" dir="auto">{{BACK_LABEL}}</a></p>

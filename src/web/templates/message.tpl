{{%AUTOESCAPE context="HTML"}}<h1>{{HEADING}}</h1>
<p>{{TEXT}}</p>
<p><a href="{{BACK_URL}}">{{BACK_LABEL}}</a></p>

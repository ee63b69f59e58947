{{%AUTOESCAPE context="HTML"}}<p><a href="{{BACK_URL}}">{{BACK_LABEL}}</a></p>
<h1>{{HEADING}}</h1>
{{#LAST_ADMIN}}<div class="error-summary" role="alert"><p>{{TEXT}}</p></div>{{/LAST_ADMIN}}
{{#CONFIRM}}<p>{{TEXT}}</p>
{{#SELF}}<p class="notice">{{TEXT}}</p>{{/SELF}}
<form class="portal" action="{{ACTION}}" method="post">
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><button type="submit">{{BUTTON}}</button> <a href="{{CANCEL_URL}}">{{CANCEL_LABEL}}</a></p>
</form>{{/CONFIRM}}

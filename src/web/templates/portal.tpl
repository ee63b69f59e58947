{{%AUTOESCAPE context="HTML"}}<h1>{{HEADING}}</h1>
<p>{{SIGNED_IN_AS}}</p>
<h2>{{ROLES_HEADING}}</h2>
{{#NO_ROLES}}<p>{{TEXT}}</p>{{/NO_ROLES}}
<ul class="roles">{{#ROLE}}
<li><strong>{{LABEL}}</strong>{{#SCOPE}}: {{#LINK}}<a href="{{URL}}" lang="nl" dir="auto">{{NAME}}</a>{{/LINK}}{{#PLAIN}}<span lang="nl" dir="auto">{{NAME}}</span>{{/PLAIN}}{{/SCOPE}}</li>{{/ROLE}}
</ul>
<h2>{{TWO_FACTOR_HEADING}}</h2>
<p>{{TWO_FACTOR_STATUS}} <a href="{{TWO_FACTOR_URL}}">{{TWO_FACTOR_LINK}}</a></p>
<h2>{{SIGN_OUT_HEADING}}</h2>
<form class="inline" action="/afmelden" method="post">
<input type="hidden" name="csrf" value="{{CSRF}}">
<button type="submit">{{SIGN_OUT}}</button>
</form>
<form class="inline" action="/afmelden/overal" method="post">
<input type="hidden" name="csrf" value="{{CSRF}}">
<button type="submit" class="secondary">{{SIGN_OUT_EVERYWHERE}}</button>
</form>

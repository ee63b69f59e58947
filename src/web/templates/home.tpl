{{%AUTOESCAPE context="HTML"}}<h1>{{HEADING}}</h1>
<p>{{INTRO}}</p>
<form class="search" action="/zoeken" method="get" role="search">
<input type="hidden" name="lang" value="{{LANG}}">
<p><label for="q">{{SEARCH_LABEL}}</label>
<input id="q" name="q" type="search" maxlength="200" autocomplete="off"></p>
<p><label for="postcode">{{POSTCODE_LABEL}}</label>
<input id="postcode" name="postcode" inputmode="numeric" pattern="[0-9]{4}" maxlength="4" size="4"></p>
<p><button type="submit">{{SEARCH_BUTTON}}</button></p>
</form>
<h2>{{STAGES_HEADING}}</h2>
<ul class="tiles">{{#STAGE}}
<li><a href="{{URL}}"><span class="icon" aria-hidden="true">{{ICON}}</span> {{LABEL}}</a></li>{{/STAGE}}
</ul>
<h2>{{THEMES_HEADING}}</h2>
<ul class="tiles">{{#THEME}}
<li><a href="{{URL}}"><span class="icon" aria-hidden="true">{{ICON}}</span> {{LABEL}}</a></li>{{/THEME}}
</ul>
<h2>{{NETWORKS_HEADING}}</h2>
<ul>{{#NETWORK}}
<li>{{NAME}}</li>{{/NETWORK}}
</ul>

{{%AUTOESCAPE context="HTML"}}<h1>{{HEADING}}</h1>
<p>{{INTRO}}</p>
<form class="search" action="/zoeken" method="get" role="search">
<input type="hidden" name="lang" value="{{LANG}}">
<p><label for="q">{{SEARCH_LABEL}}</label>
<input id="q" name="q" type="search" maxlength="200" autocomplete="off"></p>
<p><label for="postcode">{{POSTCODE_LABEL}}</label>
<input id="postcode" name="postcode" maxlength="60" size="12" autocomplete="postal-code"></p>
<p><button type="submit">{{SEARCH_BUTTON}}</button></p>
</form>
<h2 id="deze-week">{{WEEK_HEADING}}</h2>
<form class="inline" action="/#deze-week" method="get">
<input type="hidden" name="lang" value="{{LANG}}">
<label for="week-postcode">{{WEEK_POSTCODE_LABEL}}</label>
<input id="week-postcode" name="postcode" maxlength="60" size="12" autocomplete="postal-code" value="{{WEEK_POSTCODE}}">
<button type="submit">{{WEEK_BUTTON}}</button>
</form>
<ul class="week">{{#WEEK_ITEM}}
<li><span class="when">{{WHEN}}</span> <a href="{{URL}}" lang="nl" dir="auto">{{NAME}}</a> <span class="org" lang="nl" dir="auto">{{PLACE}}</span></li>{{/WEEK_ITEM}}
</ul>
<p><a href="{{WEEK_ALL_URL}}">{{WEEK_ALL_LABEL}}</a></p>
<h2>{{STAGES_HEADING}}</h2>
<ul class="tiles">{{#STAGE}}
<li><a href="{{URL}}"><img class="icon" src="{{ICON}}" alt="" width="40" height="40"> {{LABEL}}</a></li>{{/STAGE}}
</ul>
<h2>{{THEMES_HEADING}}</h2>
<ul class="tiles">{{#THEME}}
<li><a href="{{URL}}"><img class="icon" src="{{ICON}}" alt="" width="40" height="40"> {{LABEL}}</a></li>{{/THEME}}
</ul>
<h2>{{NETWORKS_HEADING}}</h2>
<ul>{{#NETWORK}}
<li><a href="{{URL}}" lang="nl" dir="auto">{{NAME}}</a></li>{{/NETWORK}}
</ul>

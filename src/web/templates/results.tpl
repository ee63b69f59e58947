{{%AUTOESCAPE context="HTML"}}<h1>{{HEADING}}</h1>
<form class="filters" action="/zoeken" method="get" role="search">
<input type="hidden" name="lang" value="{{LANG}}">
<p><label for="q">{{SEARCH_LABEL}}</label>
<input id="q" name="q" type="search" maxlength="200" value="{{Q}}"></p>
<p><label for="leeftijd">{{AGE_LABEL}}</label>
<select id="leeftijd" name="leeftijd"><option value="">{{ANY}}</option>{{#AGE_OPTION}}
<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/AGE_OPTION}}
</select></p>
<p><label for="thema">{{THEME_LABEL}}</label>
<select id="thema" name="thema"><option value="">{{ANY}}</option>{{#THEME_OPTION}}
<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/THEME_OPTION}}
</select></p>
<p><label for="postcode">{{POSTCODE_LABEL}}</label>
<input id="postcode" name="postcode" inputmode="numeric" maxlength="4" size="4" value="{{POSTCODE}}"></p>
<p><label for="afstand">{{DISTANCE_LABEL}}</label>
<input id="afstand" name="afstand" inputmode="numeric" maxlength="3" size="3" value="{{DISTANCE}}"></p>
<p><button type="submit">{{SEARCH_BUTTON}}</button></p>
</form>
{{#NOTICE}}<p class="notice" role="status">{{TEXT}}</p>{{/NOTICE}}
{{#ACTIVE_FILTERS}}<p>{{ACTIVE_LABEL}}</p>
<ul class="chips">{{#CHIP}}
<li><a href="{{URL}}">{{LABEL}} <span class="remove">({{REMOVE}})</span></a></li>{{/CHIP}}
</ul>{{/ACTIVE_FILTERS}}
<p class="count" role="status">{{COUNT_TEXT}}</p>
{{#NO_RESULTS}}<div class="empty"><p>{{WHY}}</p>{{#RELAX}}<p><a href="{{URL}}">{{LABEL}}</a></p>{{/RELAX}}</div>{{/NO_RESULTS}}
<ol class="results">{{#RESULT}}
<li>
<h2 lang="nl" dir="auto"><a href="{{URL}}">{{NAME}}</a></h2>
<p class="org" lang="nl" dir="auto">{{ORGANIZATION}}</p>
<p lang="nl" dir="auto">{{SUMMARY}}</p>
<ul class="facts"><li>{{AGES}}</li><li>{{COST}}</li><li>{{LANGUAGES}}</li>{{#PLACE}}<li>{{TEXT}}</li>{{/PLACE}}</ul>
</li>{{/RESULT}}
</ol>
{{#PAGER}}<nav aria-label="{{PAGES_LABEL}}"><ul class="pager">{{#PREVIOUS}}<li><a href="{{URL}}" rel="prev">{{LABEL}}</a></li>{{/PREVIOUS}}<li>{{PAGE_TEXT}}</li>{{#NEXT}}<li><a href="{{URL}}" rel="next">{{LABEL}}</a></li>{{/NEXT}}</ul></nav>{{/PAGER}}

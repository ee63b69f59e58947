{{%AUTOESCAPE context="HTML"}}<h1>{{HEADING}}</h1>
<form class="filters" action="/zoeken" method="get" role="search">
<input type="hidden" name="lang" value="{{LANG}}">
<p><label for="q">{{SEARCH_LABEL}}</label>
<input id="q" name="q" type="search" maxlength="200" value="{{Q}}"></p>
<p><label for="leeftijd">{{AGE_LABEL}}</label>
<select id="leeftijd" name="leeftijd"><option value="">{{ANY}}</option>{{#AGE_OPTION}}
<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/AGE_OPTION}}
</select></p>
<p><label for="geboortedatum">{{BIRTH_LABEL}}</label>
<input id="geboortedatum" name="geboortedatum" type="date" value="{{BIRTH_DATE}}"></p>
<p><label for="thema">{{THEME_LABEL}}</label>
<select id="thema" name="thema"><option value="">{{ANY}}</option>{{#THEME_OPTION}}
<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/THEME_OPTION}}
</select></p>
<p><label for="postcode">{{POSTCODE_LABEL}}</label>
<input id="postcode" name="postcode" maxlength="60" size="12" autocomplete="postal-code" value="{{POSTCODE}}"></p>
<p><label for="afstand">{{DISTANCE_LABEL}}</label>
<input id="afstand" name="afstand" inputmode="numeric" maxlength="3" size="3" value="{{DISTANCE}}"></p>
<details{{#MORE_OPEN}} open{{/MORE_OPEN}}>
<summary>{{MORE_LABEL}}</summary>
<p><label for="dag">{{DAY_LABEL}}</label>
<select id="dag" name="dag"><option value="">{{ANY}}</option>{{#DAY_OPTION}}
<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/DAY_OPTION}}
</select></p>
<p><label for="moment">{{PART_LABEL}}</label>
<select id="moment" name="moment"><option value="">{{ANY}}</option>{{#PART_OPTION}}
<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/PART_OPTION}}
</select></p>
<p><label for="kost">{{COST_LABEL}}</label>
<select id="kost" name="kost"><option value="">{{ANY}}</option>{{#COST_OPTION}}
<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/COST_OPTION}}
</select></p>
<p><label for="taal">{{LANGUAGE_LABEL}}</label>
<select id="taal" name="taal"><option value="">{{ANY}}</option>{{#LANGUAGE_OPTION}}
<option value="{{CODE}}" lang="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/LANGUAGE_OPTION}}
</select></p>
<p><label for="vorm">{{ATTENDANCE_LABEL}}</label>
<select id="vorm" name="vorm"><option value="">{{ANY}}</option>{{#ATTENDANCE_OPTION}}
<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ATTENDANCE_OPTION}}
</select></p>
<p class="check"><input id="tolk" name="tolk" type="checkbox" value="1"{{#INTERPRETER_CHECKED}} checked{{/INTERPRETER_CHECKED}}> <label for="tolk">{{INTERPRETER_LABEL}}</label></p>
<p class="check"><input id="vrij" name="vrij" type="checkbox" value="1"{{#NO_REGISTRATION_CHECKED}} checked{{/NO_REGISTRATION_CHECKED}}> <label for="vrij">{{NO_REGISTRATION_LABEL}}</label></p>
<p class="check"><input id="wanneer" name="wanneer" type="checkbox" value="week"{{#THIS_WEEK_CHECKED}} checked{{/THIS_WEEK_CHECKED}}> <label for="wanneer">{{THIS_WEEK_LABEL}}</label></p>
</details>
<p><button type="submit">{{SEARCH_BUTTON}}</button></p>
</form>
{{#NOTICE}}<p class="notice" role="status">{{TEXT}}</p>{{/NOTICE}}
{{#ACTIVE_FILTERS}}<p>{{ACTIVE_LABEL}}</p>
<ul class="chips">{{#CHIP}}
<li><a href="{{URL}}">{{LABEL}} <span class="remove">({{REMOVE}})</span></a></li>{{/CHIP}}
</ul>{{/ACTIVE_FILTERS}}
<p class="count" role="status">{{COUNT_TEXT}}</p>
{{#NO_RESULTS}}<div class="empty"><p>{{WHY}}</p>{{#RELAX}}<p><a href="{{URL}}">{{LABEL}}</a> ({{COUNT}})</p>{{/RELAX}}</div>{{/NO_RESULTS}}
<ol class="results">{{#RESULT}}
<li>
<h2 lang="nl" dir="auto"><a href="{{URL}}">{{NAME}}</a></h2>
<p class="org" lang="nl" dir="auto">{{ORGANIZATION}}</p>
<p lang="nl" dir="auto">{{SUMMARY}}</p>
{{#NEXT}}<p class="next">{{TEXT}}</p>{{/NEXT}}
<ul class="facts"><li>{{AGES}}</li><li>{{COST}}</li><li>{{LANGUAGES}}</li>{{#PLACE}}<li>{{TEXT}}</li>{{/PLACE}}</ul>
</li>{{/RESULT}}
</ol>
{{#PAGER}}<nav aria-label="{{PAGES_LABEL}}"><ul class="pager">{{#PREVIOUS}}<li><a href="{{URL}}" rel="prev">{{LABEL}}</a></li>{{/PREVIOUS}}<li>{{PAGE_TEXT}}</li>{{#NEXT}}<li><a href="{{URL}}" rel="next">{{LABEL}}</a></li>{{/NEXT}}</ul></nav>{{/PAGER}}

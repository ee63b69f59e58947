{{%AUTOESCAPE context="HTML"}}<p><a href="{{BACK_URL}}">{{BACK_LABEL}}</a></p>
{{#NEW_HEADING}}<h1>{{TEXT}}</h1>{{/NEW_HEADING}}{{#NAME_HEADING}}<h1 lang="nl" dir="auto">{{TEXT}}</h1>{{/NAME_HEADING}}
{{#PUBLIC}}<p><a href="{{URL}}">{{LABEL}}</a></p>{{/PUBLIC}}
{{#SAVED}}<p class="notice" role="status">{{TEXT}}</p>{{/SAVED}}
{{#CONFLICT}}<div class="error-summary" role="alert"><p>{{TEXT}}</p></div>{{/CONFLICT}}
{{#FORM_ERROR}}<div class="error-summary" role="alert"><p>{{TEXT}}</p></div>{{/FORM_ERROR}}
{{#ERRORS}}<div class="error-summary" role="alert"><p>{{INTRO}}</p>
<ul>{{#ITEM}}<li><a href="#{{ID}}">{{TEXT}}</a></li>{{/ITEM}}</ul></div>{{/ERRORS}}
<form class="portal" action="{{ACTION}}" method="post" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="version" value="{{VERSION}}">
{{#NEW_ID}}<input type="hidden" name="id" value="{{ID}}">{{/NEW_ID}}
{{#FIELD}}<p><label for="{{ID}}">{{LABEL}}</label>
{{#HINT}}<span id="{{ID}}-hint" class="hint">{{TEXT}}</span>{{/HINT}}
{{#STORED}}<span id="{{ID}}-stored" class="hint">{{TEXT}}</span>{{/STORED}}
{{#ERROR}}<span id="{{ID}}-error" class="field-error">{{TEXT}}</span>{{/ERROR}}
{{#LINE}}<input id="{{ID}}" name="{{ID}}" type="{{TYPE}}" maxlength="{{MAX}}" autocomplete="{{AUTOCOMPLETE}}" value="{{VALUE}}"{{#DUTCH}} lang="nl" dir="auto"{{/DUTCH}}{{#DESCRIBED}} aria-describedby="{{IDS}}"{{/DESCRIBED}}{{#INVALID}} aria-invalid="true"{{/INVALID}}>{{/LINE}}
{{#AREA}}<textarea id="{{ID}}" name="{{ID}}" rows="5" cols="60" maxlength="{{MAX}}"{{#DUTCH}} lang="nl" dir="auto"{{/DUTCH}}{{#DESCRIBED}} aria-describedby="{{IDS}}"{{/DESCRIBED}}{{#INVALID}} aria-invalid="true"{{/INVALID}}>{{VALUE:pre_escape}}</textarea>{{/AREA}}
{{#CHOICE}}<select id="{{ID}}" name="{{ID}}"{{#DESCRIBED}} aria-describedby="{{IDS}}"{{/DESCRIBED}}{{#INVALID}} aria-invalid="true"{{/INVALID}}>{{#OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/OPTION}}</select>{{/CHOICE}}</p>
{{/FIELD}}
{{#MAP_POINT}}<p>{{TEXT}}</p>{{/MAP_POINT}}
<p><button type="submit">{{BUTTON}}</button></p>
</form>
<h2>{{HISTORY_HEADING}}</h2>
{{#NO_HISTORY}}<p>{{TEXT}}</p>{{/NO_HISTORY}}
{{#HISTORY}}<table class="list">
<caption class="visually-hidden">{{HISTORY_HEADING}}</caption>
<thead><tr><th scope="col">{{WHEN_COLUMN}}</th><th scope="col">{{WHO_COLUMN}}</th><th scope="col">{{WHAT_COLUMN}}</th><th scope="col">{{BEFORE_COLUMN}}</th><th scope="col">{{AFTER_COLUMN}}</th></tr></thead>
<tbody>{{#CHANGE}}
<tr><td>{{WHEN}}</td><td>{{WHO}}</td><td>{{WHAT}}</td><td lang="nl" dir="auto">{{BEFORE}}</td><td lang="nl" dir="auto">{{AFTER}}</td></tr>{{/CHANGE}}
</tbody>
</table>{{/HISTORY}}

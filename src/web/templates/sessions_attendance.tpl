{{%AUTOESCAPE context="HTML"}}<p><a href="{{BACK_URL}}">{{BACK_LABEL}}</a></p>
<h1>{{HEADING}}</h1>
<p class="lead"><span lang="nl" dir="auto">{{OFFER}}</span><br>{{DATE}}</p>
{{#DATES}}<nav aria-label="{{LABEL}}"><ul class="attendance-dates">{{#DATE}}<li><a href="{{URL}}"{{#CURRENT}} aria-current="date"{{/CURRENT}}>{{TEXT}}</a></li>{{/DATE}}</ul></nav>{{/DATES}}
{{#NOTICE}}<p class="notice" role="status">{{TEXT}}</p>{{/NOTICE}}
{{#FORM_ERROR}}<div class="error-summary" role="alert"><p>{{TEXT}}</p></div>{{/FORM_ERROR}}
<form class="attendance" action="{{ACTION}}" method="post">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="datum" value="{{DATUM}}">
<fieldset><legend>{{LEGEND}}</legend>
{{#NONE}}<p>{{TEXT}}</p>{{/NONE}}
<ul class="attendance-list">{{#FAMILY}}
<li><input id="present-{{ID}}" name="present" type="checkbox" value="{{ID}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="present-{{ID}}"><span class="attendance-name" dir="auto">{{NAME}}</span> <span class="attendance-children">{{CHILDREN}}{{#WALK_IN}} · {{TEXT}}{{/WALK_IN}}</span> <span class="attendance-word">{{PRESENT_WORD}}</span></label></li>{{/FAMILY}}
</ul>
</fieldset>
<p><button type="submit" name="action" value="save">{{SAVE}}</button></p>
</form>
<h2>{{WALK_IN_HEADING}}</h2>
<p>{{WALK_IN_INTRO}}</p>
<form class="portal attendance-walk-in" action="{{ACTION}}" method="post" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="datum" value="{{DATUM}}">
{{>WALK_IN}}
{{#CONSENT_ERROR}}<p id="consent-error" class="field-error">{{TEXT}}</p>{{/CONSENT_ERROR}}
<p><button type="submit" name="action" value="walk_in">{{WALK_IN_BUTTON}}</button></p>
</form>

{{%AUTOESCAPE context="HTML"}}<p><a href="{{BACK_URL}}">{{BACK_LABEL}}</a></p>
<h1>{{HEADING}}</h1>
{{#PLACE}}<p lang="nl" dir="auto">{{TEXT}}</p>{{/PLACE}}
{{#AHEAD}}<p class="notice">{{TEXT}}</p>{{/AHEAD}}
{{#SAVED}}<p class="notice" role="status">{{TEXT}}{{#PARTNER}} <a href="{{URL}}">{{LABEL}}</a>{{/PARTNER}}</p>{{/SAVED}}
{{#FORM_ERROR}}<div class="error-summary" role="alert"><p>{{TEXT}}</p></div>{{/FORM_ERROR}}
<h2>{{AGENDA_HEADING}}</h2>
{{#NO_ITEMS}}<p>{{TEXT}}</p>{{/NO_ITEMS}}
{{#ITEMS}}<ol>{{#ITEM}}<li lang="nl" dir="auto">{{TEXT}}</li>{{/ITEM}}</ol>{{/ITEMS}}
<h2>{{APPLICATIONS_HEADING}}</h2>
<p>{{RULE_INTRO}}</p>
{{#NO_APPLICATIONS}}<p>{{TEXT}}</p>{{/NO_APPLICATIONS}}
{{#APPLICATION}}<section class="agenda-application" aria-labelledby="application-{{ID}}">
<h3 id="application-{{ID}}"><a href="{{URL}}" lang="nl" dir="auto">{{NAME}}</a></h3>
<p>{{ABOUT}}</p>
{{#DECIDED}}<p><strong>{{LABEL}}:</strong> {{TEXT}}</p>{{#REASONS}}<p lang="nl" dir="auto">{{TEXT}}</p>{{/REASONS}}{{/DECIDED}}
{{#CLOSED}}<p>{{TEXT}}</p>{{/CLOSED}}
{{#FORM}}<form class="portal" action="{{ACTION}}" method="post" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="application" value="{{ID}}">
<fieldset{{#OUTCOME_ERROR}} aria-describedby="outcome-{{ID}}-error"{{/OUTCOME_ERROR}}>
<legend>{{OUTCOME_LEGEND}}</legend>
{{#OUTCOME_ERROR}}<span id="outcome-{{ID}}-error" class="field-error">{{TEXT}}</span>{{/OUTCOME_ERROR}}
{{#OUTCOME}}<p class="check"><input id="outcome-{{ID}}-{{CODE}}" name="outcome" type="radio" value="{{CODE}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="outcome-{{ID}}-{{CODE}}">{{LABEL}}</label></p>
{{/OUTCOME}}</fieldset>
<fieldset>
<legend>{{VOTES_LEGEND}}</legend>
{{#VOTE}}<p><label for="{{NAME}}-{{ID}}">{{LABEL}}</label>
<input id="{{NAME}}-{{ID}}" name="{{NAME}}" type="number" inputmode="numeric" min="0" max="999" value="{{VALUE}}"{{#ERROR}} aria-invalid="true" aria-describedby="{{NAME}}-{{ID}}-error"{{/ERROR}}>
{{#ERROR}}<span id="{{NAME}}-{{ID}}-error" class="field-error">{{TEXT}}</span>{{/ERROR}}</p>
{{/VOTE}}</fieldset>
<p><label for="reasons-{{ID}}">{{REASONS_LABEL}}</label>
<span id="reasons-{{ID}}-hint" class="hint">{{REASONS_HINT}}</span>
{{#REASONS_ERROR}}<span id="reasons-{{ID}}-error" class="field-error">{{TEXT}}</span>{{/REASONS_ERROR}}
<textarea id="reasons-{{ID}}" name="reasons" rows="5" cols="60" lang="nl" aria-describedby="reasons-{{ID}}-hint{{#REASONS_ERROR}} reasons-{{ID}}-error{{/REASONS_ERROR}}"{{#REASONS_ERROR}} aria-invalid="true"{{/REASONS_ERROR}}>{{REASONS_VALUE:pre_escape}}</textarea></p>
<p><label for="rule-{{ID}}">{{RULE_LABEL}}</label>
{{#RULE_ERROR}}<span id="rule-{{ID}}-error" class="field-error">{{TEXT}}</span>{{/RULE_ERROR}}
<textarea id="rule-{{ID}}" name="rule" rows="3" cols="60" lang="nl"{{#RULE_ERROR}} aria-invalid="true" aria-describedby="rule-{{ID}}-error"{{/RULE_ERROR}}>{{RULE_VALUE:pre_escape}}</textarea></p>
<p><button type="submit">{{BUTTON}}</button></p>
</form>{{/FORM}}
</section>{{/APPLICATION}}

{{%AUTOESCAPE context="HTML"}}<p><a href="{{BACK_URL}}">{{BACK_LABEL}}</a></p>
<h1>{{HEADING}}</h1>
<p>{{INTRO}}</p>
<ul class="hint-list">{{#EXAMPLE}}<li><code>{{LINE}}</code> — {{MEANING}}</li>{{/EXAMPLE}}</ul>
{{#SAVED}}<p class="notice" role="status">{{TEXT}}</p>{{/SAVED}}
{{#FORM_ERROR}}<div class="error-summary" role="alert"><p>{{TEXT}}</p></div>{{/FORM_ERROR}}
<form class="portal" action="{{ACTION}}" method="post" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><label for="lines">{{LINES_LABEL}}</label>
{{#LINE_ERRORS}}<span id="lines-error" class="field-error">{{INTRO}}</span>
<ul class="field-error">{{#PROBLEM}}<li>{{TEXT}}</li>{{/PROBLEM}}</ul>{{/LINE_ERRORS}}
<textarea id="lines" name="lines" rows="14" cols="60" lang="nl" spellcheck="false"{{#LINE_ERRORS}} aria-invalid="true" aria-describedby="lines-error"{{/LINE_ERRORS}}>{{LINES:pre_escape}}</textarea></p>
<p><button type="submit">{{BUTTON}}</button></p>
</form>

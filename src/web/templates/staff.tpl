{{%AUTOESCAPE context="HTML"}}<p><a href="{{BACK_URL}}" lang="nl" dir="auto">{{BACK_LABEL}}</a></p>
<h1>{{HEADING}}</h1>
<p>{{INTRO}}</p>
<p>{{RULE}}</p>
<p><a href="{{INVITE_URL}}">{{INVITE_LABEL}}</a></p>
{{#NOTICE}}<p class="notice" role="status">{{TEXT}}</p>{{/NOTICE}}
{{#FORM_ERROR}}<div class="error-summary" role="alert"><p>{{TEXT}}</p></div>{{/FORM_ERROR}}
{{#NO_STAFF}}<p>{{TEXT}}</p>{{/NO_STAFF}}
<table class="list">
<caption class="visually-hidden">{{HEADING}}</caption>
<thead><tr><th scope="col">{{NAME_COLUMN}}</th><th scope="col">{{EMAIL_COLUMN}}</th><th scope="col">{{ROLE_COLUMN}}</th><th scope="col">{{SIGN_IN_COLUMN}}</th><th scope="col">{{ACTIONS_COLUMN}}</th></tr></thead>
<tbody>{{#PERSON}}
<tr><th scope="row" dir="auto">{{NAME}}{{#YOU}} {{TEXT}}{{/YOU}}</th><td>{{EMAIL}}</td><td>{{ROLE}}</td><td>{{SIGN_IN}}</td>
<td>{{#LAST_ADMIN}}{{TEXT}}{{/LAST_ADMIN}}{{#ACTIONS}}<form class="staff-role" action="{{ROLE_ACTION}}" method="post">
<input type="hidden" name="csrf" value="{{CSRF}}">
<label for="role-{{ID}}" class="visually-hidden">{{ROLE_LABEL}}</label>
<select id="role-{{ID}}" name="role">{{#OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/OPTION}}</select>
<button type="submit" class="secondary">{{ROLE_BUTTON}}<span class="visually-hidden">: {{NAME}}</span></button>
</form>
<p><a href="{{REMOVE_URL}}">{{REMOVE_LABEL}}<span class="visually-hidden">: {{NAME}}</span></a></p>{{/ACTIONS}}</td></tr>{{/PERSON}}
</tbody>
</table>

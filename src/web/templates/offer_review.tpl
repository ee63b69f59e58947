{{%AUTOESCAPE context="HTML"}}<p><a href="{{BACK_URL}}">{{BACK_LABEL}}</a></p>
<h1>{{HEADING}}</h1>
{{#NOTICE}}<p class="notice" role="status">{{TEXT}}</p>{{/NOTICE}}
{{#FORM_ERROR}}<div class="error-summary" role="alert"><p>{{TEXT}}</p></div>{{/FORM_ERROR}}
<form class="portal" action="{{ACTION}}" method="post">
<input type="hidden" name="csrf" value="{{CSRF}}">
<p class="check"><input id="review" name="review" type="checkbox" value="yes"{{#REVIEW_ON}} checked{{/REVIEW_ON}}> <label for="review">{{REVIEW_LABEL}}</label></p>
<p><button type="submit" class="secondary">{{SETTING_BUTTON}}</button></p>
</form>
<h2>{{WAITING_HEADING}}</h2>
{{#NONE}}<p>{{TEXT}}</p>{{/NONE}}
{{#DRAFTS}}<table class="list">
<caption class="visually-hidden">{{WAITING_HEADING}}</caption>
<thead><tr><th scope="col">{{OFFER_COLUMN}}</th><th scope="col">{{PARTNER_COLUMN}}</th><th scope="col">{{KIND_COLUMN}}</th><th scope="col">{{SINCE_COLUMN}}</th></tr></thead>
<tbody>{{#DRAFT}}
<tr><td lang="nl" dir="auto"><a href="{{URL}}">{{NAME}}</a></td><td lang="nl" dir="auto">{{PARTNER}}</td><td>{{KIND}}</td><td>{{SINCE}}</td></tr>{{/DRAFT}}
</tbody></table>{{/DRAFTS}}

{{%AUTOESCAPE context="HTML"}}<article class="offer">
<h1 lang="nl" dir="auto">{{NAME}}</h1>
{{>FACTS}}
{{#REGISTER}}<section class="register" aria-labelledby="register-heading"><h2 id="register-heading">{{HEADING}}</h2>
<ul class="session-list">{{#SESSION}}<li>{{WHEN}} — {{PLACES}}</li>{{/SESSION}}</ul>
<p><a class="button" href="{{URL}}">{{LABEL}}</a></p></section>{{/REGISTER}}
<h2>{{SHARE_HEADING}}</h2>
<p><label for="share-url">{{SHARE_LINK_LABEL}}</label>
<input id="share-url" type="url" readonly value="{{SHARE_URL}}" class="wide"></p>
<ul class="share"><li><a href="mailto:?subject={{SHARE_SUBJECT}}&amp;body={{SHARE_URL}}">{{SHARE_EMAIL_LABEL}}</a></li><li><a href="https://wa.me/?text={{SHARE_SUBJECT}}%20{{SHARE_URL}}">{{SHARE_WHATSAPP_LABEL}}</a></li><li><a href="{{PRINT_URL}}">{{PRINT_LABEL}}</a></li></ul>
<p><a href="{{BACK_URL}}">{{BACK_LABEL}}</a></p>
</article>

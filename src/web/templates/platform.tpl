{{%AUTOESCAPE context="HTML"}}<p><a href="{{BACK_URL}}">{{BACK_LABEL}}</a></p>
<h1>{{HEADING}}</h1>
<p>{{INTRO}}</p>
{{#NOTICE}}<p class="notice" role="status">{{TEXT}}</p>{{/NOTICE}}
<p><a href="{{NEW_URL}}">{{NEW_LABEL}}</a></p>
{{#NO_NETWORKS}}<p>{{TEXT}}</p>{{/NO_NETWORKS}}
{{#NETWORKS}}<table class="list">
<caption class="visually-hidden">{{CAPTION}}</caption>
<thead><tr><th scope="col">{{NAME_COLUMN}}</th><th scope="col">{{MUNICIPALITIES_COLUMN}}</th><th scope="col">{{PARTNERS_COLUMN}}</th><th scope="col">{{OFFERS_COLUMN}}</th><th scope="col">{{COORDINATORS_COLUMN}}</th></tr></thead>
<tbody>{{#NETWORK}}
<tr><th scope="row"><a href="{{URL}}" lang="nl" dir="auto">{{NAME}}</a></th><td lang="nl" dir="auto">{{MUNICIPALITIES}}</td><td>{{PARTNERS}}</td><td>{{OFFERS}}</td>
<td>{{#NO_COORDINATOR}}<p>{{TEXT}}</p>{{/NO_COORDINATOR}}{{#COORDINATORS}}<ul>{{#COORDINATOR}}<li><span dir="auto">{{NAME}}</span> ({{EMAIL}}){{#STATE}}: {{TEXT}}{{/STATE}}</li>{{/COORDINATOR}}</ul>{{/COORDINATORS}}
<p><a href="{{APPOINT_URL}}">{{APPOINT_LABEL}}<span class="visually-hidden">: <span lang="nl" dir="auto">{{NAME}}</span></span></a></p></td></tr>{{/NETWORK}}
</tbody>
</table>{{/NETWORKS}}

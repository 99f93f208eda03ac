from django.urls import path

from . import (
    views,
    views_commitments,
    views_nextyear,
    views_proposals,
    views_quarters,
    views_targets,
)

app_name = "evaluations"
urlpatterns = [
    path("cells/<int:cell_pk>/evaluations/", views.round_list, name="list"),
    path("evaluations/<int:pk>/", views.round_detail, name="round"),
    path("evaluations/<int:pk>/cell/", views.cell_self, name="cell_self"),
    path("evaluations/<int:pk>/propose/", views.propose, name="propose"),
    path("evaluations/<int:pk>/decide/", views.decide, name="decide"),
    path("evaluations/<int:pk>/proposals/", views_proposals.proposals, name="proposals"),
    path(
        "evaluations/<int:pk>/proposals/as-self/",
        views_proposals.propose_as_self,
        name="propose_as_self",
    ),
    path(
        "evaluations/<int:pk>/proposals.xlsx",
        views_proposals.proposals_template,
        name="proposals_template",
    ),
    path(
        "evaluations/<int:pk>/proposals/import/",
        views_proposals.proposals_import,
        name="proposals_import",
    ),
    path("evaluations/sheets/<int:pk>/proposal/", views_proposals.propose_row, name="propose_row"),
    path("evaluations/<int:pk>/settings/", views.round_settings, name="settings"),
    path("evaluations/<int:pk>/issue-report/", views.issue_report, name="issue_report"),
    path("evaluations/<int:pk>/report.docx", views.report_docx, name="report_docx"),
    path("evaluations/sheets/<int:pk>/docx/", views.sheet_docx, name="sheet_docx"),
    path("evaluations/sheets/<int:pk>/self/", views.self_assessment, name="self"),
    path("evaluations/sheets/<int:pk>/propose/", views.propose_member, name="propose_member"),
    path("evaluations/sheets/<int:pk>/comment/", views.comment, name="comment"),
    path("plans/<int:plan_pk>/targets/", views_targets.plan_targets, name="targets"),
    path("targets/<int:pk>/measure/", views_targets.measure, name="measure"),
    path("committees/<int:pk>/targets/", views_targets.committee_targets, name="committee_targets"),
    path("commitments/", views_commitments.my_commitments, name="my_commitments"),
    path(
        "cells/<int:cell_pk>/commitments/",
        views_commitments.cell_commitments,
        name="cell_commitments",
    ),
    path(
        "commitments/<int:pk>/approve/",
        views_commitments.approve_commitment,
        name="commitment_approve",
    ),
    path(
        "commitments/<int:pk>/report/",
        views_commitments.report_commitment,
        name="commitment_report",
    ),
    path("commitments/<int:pk>/idea/", views_commitments.link_idea, name="commitment_idea"),
    path("cells/<int:cell_pk>/quarters/", views_quarters.cell_quarters, name="quarters"),
    path("cells/<int:cell_pk>/next-year/", views_nextyear.next_year, name="next_year"),
]

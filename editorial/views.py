"""Admin views of the editorial app: create a community, opt into distribution, the cohort
report, the translation status report and marking a machine translation reviewed."""

import csv

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.admin.auth import permission_required
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail.models import Page
from wagtail_localize.models import Translation

from communities.models import CommunityPage
from editorial import reports
from editorial.communities import CommunityCreationError, create_community
from editorial.forms import CreateCommunityForm, DistributionForm, TranslationFilterForm
from editorial.models import Cohort, CommunityOnboarding, TranslationProvenance
from editorial.onboarding import progress_of
from editorial.roles import works_in_translations


@permission_required("editorial.create_community")
def create_community_view(request):
    form = CreateCommunityForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            result = create_community(data.pop("title"), **data)
        except (CommunityCreationError, ValidationError) as error:
            form.add_error(None, " ".join(getattr(error, "messages", [str(error)])))
        else:
            messages.success(
                request,
                _("The community “%(title)s” is ready: its editors, collection and workflow.")
                % {"title": result.page.title},
            )
            return redirect("wagtailadmin_pages:edit", result.page.pk)
    return render(request, "editorial/create_community.html", {"form": form})


def distribution_view(request, community_id):
    """The community's consent to partners republishing its offers (onboarding step 5)."""
    community = get_object_or_404(
        CommunityPage, pk=community_id, locale__language_code=settings.LANGUAGE_CODE
    )
    if not community.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    onboarding, _created = CommunityOnboarding.objects.get_or_create(community=community)
    form = DistributionForm(request.POST or None, instance=onboarding)
    if request.method == "POST" and form.is_valid():
        onboarding = form.save(commit=False)
        if onboarding.distribution_opt_in and not onboarding.distribution_opt_in_at:
            onboarding.distribution_opt_in_at = timezone.now()
        elif not onboarding.distribution_opt_in:
            onboarding.distribution_opt_in_at = None
        onboarding.save()
        messages.success(request, _("The distribution choice is saved."))
        return redirect("wagtailadmin_home")
    return render(request, "editorial/distribution.html", {"form": form, "community": community})


@permission_required("editorial.view_editorial_reports")
def cohort_report(request, cohort_id=None):
    cohorts = Cohort.objects.all()
    cohort = get_object_or_404(Cohort, pk=cohort_id) if cohort_id else None
    communities = reports.source_communities().select_related("onboarding")
    if cohort:
        communities = communities.filter(onboarding__cohort=cohort)
    context = {"cohorts": cohorts, "cohort": cohort, "progress": progress_of(communities)}
    return render(request, "editorial/cohort_report.html", context)


def can_see_translation_report(user):
    return user.has_perm("editorial.view_editorial_reports") or works_in_translations(user)


def translation_report(request):
    if not can_see_translation_report(request.user):
        raise PermissionDenied
    communities, locales = reports.source_communities(), reports.target_locales()
    form = TranslationFilterForm(request.GET or None, communities=communities, locales=locales)
    if form.is_valid():
        if form.cleaned_data["community"]:
            communities = communities.filter(pk=form.cleaned_data["community"].pk)
        if form.cleaned_data["locale"]:
            locales = locales.filter(pk=form.cleaned_data["locale"].pk)
    rows = reports.translation_status(communities, locales)
    if request.GET.get("export") == "csv":
        return csv_response(rows)
    context = {
        "form": form,
        "rows": rows,
        "to_review": reports.awaiting_review(communities, locales),
        "export_query": request.GET.copy().urlencode(),
    }
    return render(request, "editorial/translation_report.html", context)


def csv_response(rows):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="translation-status.csv"'
    writer = csv.writer(response)
    writer.writerow(reports.CSV_COLUMNS)
    writer.writerows(row.as_csv() for row in rows)
    return response


def mark_reviewed(request, translation_id):
    """A person read the machine's draft: the public notice goes away (GET asks first)."""
    translation = get_object_or_404(Translation, pk=translation_id)
    try:
        page = translation.get_target_instance()
    except ObjectDoesNotExist:
        raise Http404 from None
    if not isinstance(page, Page) or not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if request.method != "POST":
        context = {"page": page, "next_url": get_valid_next_url_from_request(request)}
        return render(request, "editorial/mark_reviewed.html", context)
    TranslationProvenance.objects.filter(translation=translation).update(
        reviewed_at=timezone.now(), reviewed_by=request.user
    )
    messages.success(
        request,
        _("“%(title)s” is marked as reviewed.") % {"title": page.get_admin_display_title()},
    )
    return redirect(
        get_valid_next_url_from_request(request) or reverse("editorial:translation_report")
    )

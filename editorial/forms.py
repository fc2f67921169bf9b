from django import forms
from django.utils.translation import gettext_lazy as _

from communities.models import CommunityPage
from editorial.models import CommunityOnboarding

COMMUNITY_FIELDS = ["title", "kind", "locality", "country", "latitude", "longitude"]


class CreateCommunityForm(forms.Form):
    """What a moderator gives to create a community; its page starts as a draft."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.update(
            forms.fields_for_model(
                CommunityPage,
                fields=[*COMMUNITY_FIELDS, "contact_email"],
                labels={"title": _("Name of the community")},
                help_texts={
                    "title": _("In French, as the community calls itself."),
                    "kind": _("Urban, rural or maritime."),
                    "country": _("The country of the destination."),
                    "latitude": _("For the map, for example 43.296482."),
                    "longitude": _("For the map, for example 5.369780."),
                },
            )
        )
        self.fields["title"].required = True


class DistributionForm(forms.ModelForm):
    class Meta:
        model = CommunityOnboarding
        fields = ["distribution_opt_in"]


class TranslationFilterForm(forms.Form):
    community = forms.ModelChoiceField(
        label=_("Community"),
        queryset=CommunityPage.objects.none(),
        required=False,
        empty_label=_("All communities"),
    )
    locale = forms.ModelChoiceField(
        label=_("Language"),
        queryset=None,
        required=False,
        empty_label=_("All languages"),
    )

    def __init__(self, *args, communities, locales, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["community"].queryset = communities
        self.fields["locale"].queryset = locales

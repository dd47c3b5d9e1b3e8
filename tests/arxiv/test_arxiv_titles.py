from __future__ import annotations

import pytest

from awesomelint._arxiv.titles import TitleMatch, compare_titles, normalise_title, title_words

SAME, SHORT_FORM, DIFFERENT = TitleMatch.SAME, TitleMatch.SHORT_FORM, TitleMatch.DIFFERENT


@pytest.mark.parametrize(
    ("entry", "arxiv"),
    [
        ("Attention is all you need", "Attention Is All You Need"),
        (
            "MIND ’S EYE: GROUNDED LANGUAGE MODEL REASONING THROUGH SIMULATION",
            "Mind's Eye: Grounded Language Model Reasoning through Simulation",
        ),
        ("Let’s Verify Step by Step", "Let's Verify Step by Step"),
        (
            "Single Image Reﬂection Removal Beyond Linearity",
            "Single Image Reflection Removal Beyond Linearity",
        ),
        ("**Deep** `reinforcement` _learning_", "Deep Reinforcement Learning"),
        (
            "Reasoning with Language Model is Planning with World Model (2023)",
            "Reasoning with Language Model is Planning with World Model",
        ),
        (
            "Learning to summarize from human feedback (Sept. 2020)",
            "Learning to summarize from human feedback",
        ),
        (
            "Fine-Tuning Language Models from Human Preferences 2019",
            "Fine-Tuning Language Models from Human Preferences",
        ),
        (
            "Deep TAMER: Interactive Agent Shaping Thomas et al",
            "Deep TAMER: Interactive Agent Shaping",
        ),
        ("Pre-training with a Model-based Prior", "Pretraining with a model based prior"),
        (
            "Self Refine: Iterative Refinement with Self-Feedback",
            "Self-Refine: Iterative Refinement with Self-Feedback",
        ),
        (
            "Constitutional AI - Harmlessness from AI Feedback",
            "Constitutional AI: Harmlessness from AI Feedback",
        ),
        ("$\\alpha$-Divergence Policy Optimization", "α-Divergence Policy Optimization"),
        ("Schrödinger Bridges for Planning", 'Schr\\"odinger Bridges for $\\mathcal{Planning}$'),
        (
            "Direct Preference Optimization: Your Language Model is Secretly a Reward Model",
            "Direct Preference Optimization: Your Language Model is Secretly a Reward\n  Model",
        ),
        ("Ｆｕｌｌ-width Title", "Full-Width Title"),
    ],
)
def test_the_same_title_written_differently_is_same(entry: str, arxiv: str) -> None:
    assert compare_titles(entry, arxiv) is SAME


@pytest.mark.parametrize(
    ("entry", "arxiv"),
    [
        (
            "Red Teaming LLMs",
            "Red Teaming Language Models to Reduce Harms:"
            " Methods, Scaling Behaviors, and Lessons Learned",
        ),
        (
            "Training language models to follow human instructions",
            "Training language models to follow instructions with human feedback",
        ),
        (
            "A survey on model-based learning (2022) Fan-Ming et al",
            "A Survey on Model-based Reinforcement Learning",
        ),
        ("SimPO", "SimPO: Simple Preference Optimization with a Reference-Free Reward"),
        ("DPO", "Direct Preference Optimization: Your Language Model is Secretly a Reward Model"),
        ("Scaling Laws for Neural Language", "Scaling Laws for Neural Language Models"),
        ("Pre training of Deep Transformers", "Pretraining of Deep Bidirectional Transformers"),
        (
            "InstructGPT: Training language models to follow instructions with human feedback",
            "Training language models to follow instructions with human feedback",
        ),
        (
            "Reinforcement Learning from Human Feedback Workflow",
            "RLHF Workflow: From Reward Modeling to Online RLHF",
        ),
    ],
)
def test_shortened_or_paraphrased_titles_are_short_forms(entry: str, arxiv: str) -> None:
    assert compare_titles(entry, arxiv) is SHORT_FORM


@pytest.mark.parametrize(
    ("entry", "arxiv"),
    [
        (
            "SimPO: Simple Preference Optimization with a Reference-Free Reward",
            "Direct Preference Optimization: Your Language Model is Secretly a Reward Model",
        ),
        (
            "OpenR: An Open Source Framework for Advanced Reasoning with Large Language Models",
            "Let's Verify Step by Step",
        ),
        (
            "Llama 2: Open Foundation and Fine-Tuned Chat Models",
            "LLaMA: Open and Efficient Foundation Language Models",
        ),
        ("Qwen2 Technical Report", "GPT-4 Technical Report"),
        (
            "Learning to summarize from human feedback",
            "Training language models to follow instructions with human feedback",
        ),
        ("Learning", "Learning to Walk via Deep Reinforcement Learning"),
        ("A Survey", "A Survey of Large Language Models"),
        # In capitals, "MODEL" is no acronym of "Efficient Learning".
        ("GROUNDED MODEL REASONING", "Grounded Efficient Learning for Reasoning"),
        ("", "Attention Is All You Need"),
        ("🔥 ✨", "Attention Is All You Need"),
    ],
)
def test_titles_of_other_papers_are_different(entry: str, arxiv: str) -> None:
    assert compare_titles(entry, arxiv) is DIFFERENT


def test_tags_are_only_forgiven_on_the_entry_side() -> None:
    # A year that is part of arXiv's title must still be matched by the entry.
    assert compare_titles("Findings of WMT 2023", "Findings of WMT 2023") is SAME
    assert compare_titles("Findings of WMT 2023", "Findings of WMT 2022") is not SAME


def test_normalised_titles_agree_exactly_when_the_titles_are_the_same() -> None:
    key = normalise_title("Direct Preference Optimization: Your Language Model is Secretly...")
    assert key == normalise_title(
        "**Direct preference-optimization**: your language model is secretly (2023)"
    )
    assert key == normalise_title(
        "DIRECT PREFERENCE OPTIMIZATION — YOUR LANGUAGE MODEL IS SECRETLY"
    )
    assert key != normalise_title("Direct Preference Optimization")
    assert normalise_title("Mind’s Eye") == normalise_title("MIND 'S EYE") == "mindseye"


def test_title_words_are_the_normalised_words_without_tags() -> None:
    assert title_words("**Let’s** Verify Step-by-Step (May 2023) Lightman et al.") == [
        "lets",
        "verify",
        "step",
        "by",
        "step",
    ]

// Package assistance models hardship-aid eligibility (困难职工 categories), aid programmes and amounts, and the yearly review.
package assistance

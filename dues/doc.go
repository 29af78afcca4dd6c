// Package dues models member dues (会费), the employer's union funds (工会经费) with late fees, and their allocation between union levels (经费分成).
package dues

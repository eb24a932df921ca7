package io.bokjiflow.registry;

/**
 * A household member's relationship to the head of the household (세대주와의 관계).
 */
public enum Relationship {

	/** 세대주. */
	HEAD,
	/** 배우자. */
	SPOUSE,
	/** 자녀. */
	CHILD,
	/** 부모. */
	PARENT,
	/** 형제자매. */
	SIBLING,
	/** 손자녀. */
	GRANDCHILD,
	/** 그 밖의 동거인. */
	OTHER

}
